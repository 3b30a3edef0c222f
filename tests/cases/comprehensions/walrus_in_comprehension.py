# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 4, 9, 16, 25]
roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 1]
print(roots, r)
total = 0
running = [total := total + x for x in data]
print(running, total)
