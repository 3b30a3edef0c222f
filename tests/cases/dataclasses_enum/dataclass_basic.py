# @dataclass generates __init__, __repr__ and __eq__ from annotated fields with defaults.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"


a = Point(1, 2)
b = Point(1, 2)
c = Point(5)
print(a, c, Point(y=3, x=4, label="q"))
print(a == b, a == c, a is b, a == (1, 2, "p"))
a.x = 10
print(a, a.x, a.label)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, "l", 4)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None, "x" in Point.__annotations__)


@dataclass(repr=False, eq=False)
class Bare:
    n: int


print(Bare(1) == Bare(1), Bare(3).n)
