# collections.namedtuple: fields by name and index, unpacking, equality with tuples, repr and _fields.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue")
p = Point(3, y=4)
print(p, p.x, p[1], len(p), tuple(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), isinstance(p, tuple))
print(Point._fields, Color._fields, Color(1, 2, 3).blue)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[(0, 0)], Point.__name__, type(p).__name__)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(p.count(3), p.index(4), max(Point(5, 9)))
