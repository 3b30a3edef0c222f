# Slices with non-int bounds and the slice type.
print(slice("a", "b"), slice(1.5, None), type(slice(1)).__name__)
try:
    [1, 2, 3][1.0:2]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][True:], "abc"[None:None:None])
