# __pow__ with a modulus (3-argument pow), __rpow__, and __matmul__/__rmatmul__/__imatmul__.
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        if mod is None:
            return Mod(self.v ** exp)
        return Mod(pow(self.v, exp, mod))

    def __rpow__(self, base):
        return Mod(base ** self.v)

    def __repr__(self):
        return f"Mod({self.v})"


print(Mod(3) ** 4, pow(Mod(3), 4), pow(Mod(3), 200, 7), 2 ** Mod(10))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return NotImplemented

    def __rmatmul__(self, vec):
        return [sum(v * x for v, x in zip(vec, col)) for col in zip(*self.rows)]

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
print(m @ m, [1, 1] @ m)
m @= Matrix([[0, 1], [1, 0]])
print(m)
