# abc.ABC with abstractmethod: abstract classes refuse instantiation with CPython's message.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Lazy(Shape):
    pass


print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
for cls in (Shape, Lazy):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class CallsSuper(Shape):
    def area(self):
        return super().area()


print(CallsSuper().area())
