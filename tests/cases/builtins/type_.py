# type() of builtin values and type names.
for v in [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print, 1j, slice(1)]:
    print(type(v).__name__, type(v))
print(type(int), type(type), type(1) is int, type(True) is bool)
