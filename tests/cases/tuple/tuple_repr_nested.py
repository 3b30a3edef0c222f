# repr of tuples containing strings, floats and other containers.
t = ("a", 'b"', "c'", 1.0, -0.0, None, [1], {"k": (1,)}, (), ((1, 2),))
print(t)
print(str(t) == repr(t), len(repr(())), repr((1.5e100,)))
