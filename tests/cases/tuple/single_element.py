# One-element tuples and empty tuples.
t = (5,)
print(t, len(t), repr(t), str(t))
print((5), type((5)).__name__, type((5,)).__name__)
e = ()
print(e, len(e), tuple(), () == tuple())
u = 1,
print(u, ("a",) * 3, (None,), ((),))
print(repr(("x",)), [(1,)], {(2,): (3,)})
