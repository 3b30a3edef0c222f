# Defining __eq__ without __hash__ makes instances unhashable; so does __hash__ = None.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Explicit:
    __hash__ = None


class Inherits(Point):
    pass


class Restored(Point):
    def __hash__(self):
        return self.x


print(Point.__hash__ is None, Explicit.__hash__ is None)
for make in (lambda: hash(Point(1)), lambda: {Point(1): 1}, lambda: {Explicit()},
             lambda: hash(Inherits(2)), lambda: set([Point(3)])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(hash(Restored(7)), len({Restored(1), Restored(1)}))
