# Comprehension variables do not leak into the enclosing scope.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
ys = [y for y in "abc"]
try:
    print(y)
except NameError as e:
    print("NameError:", e)
i = 100
d = {i: i for i in range(2)}
s = {i for i in range(2)}
print(i, d, s)
