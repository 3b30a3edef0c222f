# Subset relations and method/operator equivalence.
pairs = [({1}, {1, 2}), ({1, 2}, {1, 2}), (set(), {1}), ({3}, {1, 2}), (set(), set())]
for a, b in pairs:
    print(sorted(a), sorted(b), a <= b, a.issubset(b), a < b, a >= b, a > b, a.isdisjoint(b))
