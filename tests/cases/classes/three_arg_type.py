# Three-argument type() builds a class from a name, bases and a namespace.
def area(self):
    return self.w * self.h


def init(self, w, h):
    self.w = w
    self.h = h


Rect = type("Rect", (), {"__init__": init, "area": area, "sides": 4})
r = Rect(3, 5)
print(Rect.__name__, r.area(), r.sides, type(r) is Rect)

Square = type("Square", (Rect,), {"__init__": lambda self, s: Rect.__init__(self, s, s)})
s = Square(6)
print(Square.__name__, s.area(), isinstance(s, Rect), [c.__name__ for c in Square.__mro__])

Marker = type("Marker", (object,), {})
print(Marker.__name__, Marker.__bases__[0].__name__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", "B")
except TypeError as e:
    print("TypeError:", e)
