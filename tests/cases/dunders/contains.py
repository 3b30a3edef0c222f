# `in` uses __contains__ (result converted to bool), else falls back to iteration.
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0


class Range3:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


class Truthy:
    def __contains__(self, x):
        return "non-empty string"


e = Evens()
print(4 in e, 3 in e, 3 not in e)
print(2 in Range3(), 5 in Range3())
print(1 in Truthy(), 1 not in Truthy())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as err:
    print("TypeError:", err)
