# max and min with key and default.
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("b", "a", "c"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([(1, "b"), (1, "a")]), max([-3, 2, -5], key=abs), min([3, 1, 1.0, 2]))
for f in (lambda: max([]), lambda: min(), lambda: max(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(max(1, 2, key=lambda x: -x), max(["a", "bb", "cc"], key=len))
