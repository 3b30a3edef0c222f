# Unpacking lists into variables.
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
[x, y], z = [[1, 2], 3]
print(x, y, z)
for i, (p, q) in enumerate([[1, 2], [3, 4]]):
    print(i, p + q)
