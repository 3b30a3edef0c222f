# Chained assignment binds all targets to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
p, q = r = 1, 2
print(p, q, r)
lst = [0, 0]
i = lst[i] = 1
print(i, lst)
