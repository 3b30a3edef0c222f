# Zero-argument super() in __init__ chains across three levels.
class Shape:
    def __init__(self, name):
        print("Shape.__init__", name)
        self.name = name


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        print("Rect.__init__", w, h)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        print("Square.__init__", side)
        super().__init__(side, side, name="square")

    def area(self):
        return "square of " + str(super().area())


s = Square(4)
print(s.name, s.w, s.h, s.area())
r = Rect(2, 3)
print(r.name, r.area())


class NoInit(Rect):
    pass


n = NoInit(5, 6)
print(n.name, n.area())
