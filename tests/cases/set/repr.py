# repr of sets and frozensets.
print(set(), frozenset(), {1}, frozenset({1}), {(1, 2)}, {None}, {True})
print(repr({1, 2}), str(frozenset([3])), [set(), {0}])
s = {1.5}
print(s, {-1})
