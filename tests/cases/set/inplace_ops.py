# In-place operators |= &= -= ^= mutate the set.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {2, 7}
print(sorted(s), alias is s)
f = frozenset({1, 2})
g = f
f |= {3}
print(sorted(f), sorted(g), f is g)
