# A class statement, instances created by calling it, __init__ and instance attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def describe(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
q = Point(-1, 0)
print(p.x, p.y, q.x, q.y)
print(p.describe(), q.describe())
p.x = 10
p.label = "moved"
print(p.describe(), p.label)
print(hasattr(q, "label"), hasattr(p, "label"))
print(p is q, p is p, p == p, p == q)


class Empty:
    pass


e = Empty()
e.anything = [1, 2]
e.anything.append(3)
print(e.anything, type(e).__name__)
