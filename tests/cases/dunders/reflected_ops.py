# Reflected operators (__radd__ etc.) run when the left operand cannot handle the operation.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        return self.__add__(other)

    def __rsub__(self, other):
        return Meters(other - self.v)

    def __rmul__(self, other):
        return Meters(other * self.v)

    def __rtruediv__(self, other):
        return f"{other} / {self.v}m"

    def __rpow__(self, other):
        return Meters(other ** self.v)

    def __rmod__(self, other):
        return "rmod"

    def __repr__(self):
        return f"{self.v}m"


m = Meters(5)
print(m + 1, 1 + m, 2.5 + m, m + m)
print(10 - m, 3 * m, 1 / m, 2 ** m, 7 % m)
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    "s" + m
except TypeError as e:
    print("TypeError:", e)
try:
    m * 2
except TypeError as e:
    print("TypeError:", e)
