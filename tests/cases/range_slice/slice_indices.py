# slice.indices normalises against a length.
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 3),
           slice(-100, 100), slice(5, 2, -1), slice(None, -20, -2)]:
    print(sl, sl.indices(10), len(range(*sl.indices(10))))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
