# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
[p, q], [r, *s] = "ab", [1, 2, 3]
print(p, q, r, s)
point = {"pos": (3, 4)}
(px, py) = point["pos"]
print(px, py)
