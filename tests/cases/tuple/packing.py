# Tuple packing and unpacking.
t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
def pair():
    return "left", "right"
l, r = pair()
print(l, r, pair())
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
