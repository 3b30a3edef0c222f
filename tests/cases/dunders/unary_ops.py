# Unary operators: __neg__, __pos__, __abs__, __invert__, and their absence.
class Vec:
    def __init__(self, *c):
        self.c = c

    def __neg__(self):
        return Vec(*(-x for x in self.c))

    def __pos__(self):
        return Vec(*(+x for x in self.c))

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __repr__(self):
        return f"Vec{self.c}"


v = Vec(3, -4)
print(-v, +v, abs(v), ~v, -(-v), ~~v, abs(-v))


class Nothing:
    pass


for op in (lambda x: -x, lambda x: +x, lambda x: ~x, lambda x: abs(x)):
    try:
        op(Nothing())
    except TypeError as e:
        print("TypeError:", e)
