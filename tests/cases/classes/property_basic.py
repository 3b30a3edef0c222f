# Read-only and computed properties.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def diameter(self):
        return self._r * 2

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)


c = Circle(2)
print(c.radius, c.diameter, c.area)
c._r = 10
print(c.radius, c.diameter, c.area)
print(type(Circle.radius).__name__, Circle.radius.fget(c))
try:
    c.radius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
