# Every binary arithmetic operator dispatches to its dunder with the other operand.
class Sym:
    def __init__(self, s):
        self.s = s

    def __repr__(self):
        return self.s

    def _op(name):
        def method(self, other):
            return Sym(f"({self.s} {name} {other!r})")
        return method

    __add__ = _op("+")
    __sub__ = _op("-")
    __mul__ = _op("*")
    __truediv__ = _op("/")
    __floordiv__ = _op("//")
    __mod__ = _op("%")
    __pow__ = _op("**")
    __matmul__ = _op("@")
    __lshift__ = _op("<<")
    __rshift__ = _op(">>")
    __and__ = _op("&")
    __or__ = _op("|")
    __xor__ = _op("^")

    def __divmod__(self, other):
        return ("divmod", self.s, other)


a, b = Sym("a"), Sym("b")
print(a + b, a - 1, a * b, a / 2, a // b, a % 3, a ** b, a @ b)
print(a << 1, a >> b, a & b, a | b, a ^ 1)
print(a + b * a - b, (a + b) * a, divmod(a, 7), pow(a, 2))
print(a + "str", a - [1])
