# Recursive evaluation and simplification of an expression tree with nested class patterns.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


def evaluate(node):
    match node:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)


def show(node):
    match node:
        case Num(v):
            return str(v)
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(node):
    match node:
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)) | BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return node


tree = BinOp("+", BinOp("*", Num(1), Num(7)), BinOp("-", BinOp("+", Num(0), Num(5)), BinOp("*", Num(3), Num(0))))
print(show(tree), "=", evaluate(tree))
print(show(simplify(tree)), "=", evaluate(simplify(tree)))
