# A reverse Polish notation calculator with error reporting.
def binary(fn):
    def op(stack):
        if len(stack) < 2:
            raise IndexError("stack underflow")
        b = stack.pop()
        a = stack.pop()
        stack.append(fn(a, b))
    return op


def unary(fn):
    def op(stack):
        if not stack:
            raise IndexError("stack underflow")
        stack.append(fn(stack.pop()))
    return op


def dup(stack):
    stack.append(stack[-1])


def swap(stack):
    stack[-1], stack[-2] = stack[-2], stack[-1]


OPS = {
    "+": binary(lambda a, b: a + b),
    "-": binary(lambda a, b: a - b),
    "*": binary(lambda a, b: a * b),
    "/": binary(lambda a, b: a / b),
    "//": binary(lambda a, b: a // b),
    "^": binary(lambda a, b: a ** b),
    "neg": unary(lambda a: -a),
    "abs": unary(abs),
    "dup": dup,
    "swap": swap,
}


def number(token):
    try:
        return int(token)
    except ValueError:
        return float(token)


def evaluate(line):
    stack = []
    for token in line.split():
        if token in OPS:
            OPS[token](stack)
        else:
            stack.append(number(token))
    if len(stack) != 1:
        raise ValueError(f"expected one result, stack is {stack}")
    return stack[0]


programs = [
    "3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "2 0.5 ^", "7 2 /", "7 2 //",
    "3 dup *", "1 2 swap -", "-5 abs 2 neg *", "1 +", "1 2", "4 0 /",
    "2 x +", "2 100 ^ 3 //",
]
for prog in programs:
    try:
        print(f"{prog:<20} = {evaluate(prog)}")
    except (IndexError, ValueError, ZeroDivisionError) as e:
        print(f"{prog:<20} ! {type(e).__name__}: {e}")
