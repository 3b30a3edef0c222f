# frozenset methods return frozensets.
f = frozenset(range(5))
print(sorted(f.union({9})), type(f.union({9})).__name__)
print(sorted(f.intersection([1, 2, 7])), sorted(f.difference([0])), sorted(f.symmetric_difference({4, 5})))
print(f.issuperset({1}), f.copy() == f, type(f.copy()).__name__)
