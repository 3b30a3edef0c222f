# repr and type names of dict views.
d = {"a": 1, "b": [2]}
print(repr(d.keys()), repr(d.values()), repr(d.items()))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(list(d.values()) == [1, [2]], d.values() == d.values())
