# next with a default on exhausted iterators.
it = iter(range(2))
print([next(it, -1) for _ in range(4)])
print(next(iter(""), "empty"), next(iter({}), "nokeys"))
