# `in` on an instance of a class without __contains__ or __iter__ is CPython's TypeError.
class Nothing:
    pass


class Holds:
    def __contains__(self, x):
        return "non-empty string"


try:
    1 in Nothing()
except TypeError as err:
    print("TypeError:", err)
print(1 in Holds(), 2 not in Holds())
