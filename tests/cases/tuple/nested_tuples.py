# Nested tuples and tuples of mixed types.
t = ((1, 2), ("a", ("b", "c")), [3], None)
print(t, t[1][1][0], len(t), t[2][0])
print(repr(((1,),)), tuple([tuple(p) for p in [[1], [2]]]))
matrix = ((1, 2), (3, 4))
print(tuple(zip(*matrix)))
