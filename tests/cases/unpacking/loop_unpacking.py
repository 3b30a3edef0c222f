# Unpacking in for loops.
pairs = [("a", 1), ("b", 2)]
for key, value in pairs:
    print(key, value)
for i, (key, value) in enumerate(pairs):
    print(i, key * value)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {"k1": [1, 2], "k2": [3, 4]}
for k, (lo, hi) in d.items():
    print(k, hi - lo)
