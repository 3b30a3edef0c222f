# Nested comprehensions build matrices.
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([[c for c in w] for w in ["ab", "cd"]])
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": [3]}.items()})
print([{x, x + 1} == {x + 1, x} for x in range(2)])
