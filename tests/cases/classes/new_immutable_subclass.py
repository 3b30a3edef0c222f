# Subclasses of immutable builtins customise construction in __new__.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


c = Celsius(100)
print(c, c.to_f(), isinstance(c, float), c + 1, type(c + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
u = Upper("hello")
print(u, len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)
p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), type(p.swap()).__name__)
