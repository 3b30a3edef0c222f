# staticmethod and classmethod called through the class, an instance and a subclass.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def as_f(self):
        return self.c_to_f(self.degrees)


class Kelvin(Temperature):
    scale = "K"


t = Temperature(100)
print(Temperature.c_to_f(0), t.c_to_f(37), t.as_f())
print(Temperature.describe(), t.describe(), Kelvin.describe(), Kelvin(1).describe())
print(type(Temperature.__dict__["c_to_f"]).__name__, type(Temperature.__dict__["describe"]).__name__)
f = Kelvin.describe
print(f(), f.__self__ is Kelvin)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)


class Late:
    size = sm
    name = cm


print(Late.size("abc"), Late().name())
