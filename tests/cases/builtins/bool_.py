# bool() conversions.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(None), bool({}), bool(set()), bool(range(0)), bool("False"), bool(0j))
print(type(bool(1)).__name__, bool is type(True), isinstance(True, int), issubclass(bool, int))
