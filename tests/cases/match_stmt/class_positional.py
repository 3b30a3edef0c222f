# Class patterns with positional sub-patterns use __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x, y), radius=r):
            return f"circle at {x},{y} r={r}"
        case _:
            return "not a shape"


for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
          Circle(Point(0, 0), 1), Circle(Point(1, 2), 3), "text"):
    print(where(o))
