# Slice assignment, including extended slices.
a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = ["x"] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
b[:] = range(3)
print(b)
b[::-1] = [7, 8, 9]
print(b)
