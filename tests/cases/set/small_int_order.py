# Small non-negative ints print in a stable order.
s = {5, 3, 9, 0, 1}
print(s)
print({x * 2 for x in range(6)}, set(range(8)))
print(frozenset({4, 2}))
