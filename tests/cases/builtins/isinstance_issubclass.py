# isinstance and issubclass with builtin types and tuples.
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, int)))
print(isinstance("s", str), isinstance(b"", bytes), isinstance([], (tuple, list)), isinstance(None, type(None)))
print(isinstance({}, dict), isinstance(set(), frozenset), isinstance(range(1), range))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
print(isinstance(int, type), isinstance(len, object), issubclass(ValueError, Exception))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
