# Aggregates over lists.
a = [4, -2, 7, 0, 7]
print(min(a), max(a), sum(a), sum(a, 10), len(a), sorted(a)[len(a) // 2])
print(max(a, key=abs), min(a, key=lambda v: (v % 3, v)), a.index(max(a)))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]), max(["b", "a", "c"]))
