# A Fraction-like class combining arithmetic with reflection, comparison and hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a) or 1


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(n, 0)")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o):
        o = Frac.of(o)
        return o if o is NotImplemented else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = Frac.of(o)
        return o if o is NotImplemented else Frac(self.n * o.n, self.d * o.d)

    __radd__, __rmul__ = __add__, __mul__

    def __eq__(self, o):
        o = Frac.of(o)
        return o if o is NotImplemented else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        return self.n * Frac.of(o).d < Frac.of(o).n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __repr__(self):
        return f"{self.n}/{self.d}"


h = Frac(1, 2)
print(h + Frac(1, 3), h + 1, 1 + h, h * 4, 3 * h, Frac(6, -8), h == "x", h != Frac(1, 2))
print(h == Frac(2, 4), Frac(2) == 2, h < Frac(2, 3), sorted([Frac(3, 4), h, Frac(1, 3)]))
print(sum([Frac(1, n) for n in range(1, 7)]), {Frac(4, 2): "two"}[2])
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
