# Unpacking inside comprehensions.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print({x: y for x, y in points})
rows = [("a", 1, 2), ("b", 3, 4)]
print([(name, sum(vals)) for name, *vals in rows])
print([[*p, 0] for p in points])
