# List comprehensions with conditions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
print([len(w) for w in "the quick brown fox".split()])
