# Comprehensions over empty and single-item iterables.
print([x for x in []], {x for x in ()}, {k: k for k in ""}, [x for x in [None]])
print([x for x in range(5) if False], [1 for _ in range(3)])
