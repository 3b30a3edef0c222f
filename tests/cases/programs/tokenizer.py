# A small tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(("num", float(text) if "." in text else int(text)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(("name", src[start:i]))
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


def parse(tokens, env):
    pos = [0]

    def peek():
        return tokens[pos[0]]

    def take(kind=None, value=None):
        tok = tokens[pos[0]]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        pos[0] += 1
        return tok

    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            value = value + term() if op == "+" else value - term()
        return value

    def term():
        value = unary()
        while peek()[0] == "op" and peek()[1] in ("*", "/", "%"):
            op = take()[1]
            rhs = unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return power()

    def power():
        base = atom()
        if peek() == ("op", "**"):
            take()
            return base ** unary()
        return base

    def atom():
        kind, value = peek()
        if kind == "num":
            take()
            return value
        if kind == "name":
            take()
            if value not in env:
                raise NameError(f"unknown variable {value!r}")
            return env[value]
        take("op", "(")
        inner = expr()
        take("op", ")")
        return inner

    result = expr()
    take("end")
    return result


env = {"x": 3, "y": 4, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x * x + y * y",
            "10 / 4", "17 % 5 - -3", "rate * (x + y)", "2 ** -1", "1 +", "3 $ 4",
            "z + 1", "(1 + 2", "7 / (x - 3)"]:
    try:
        toks = tokenize(src)
        print(f"{src:<16} => {parse(toks, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<16} !! {type(e).__name__}: {e}")
print([t for t in tokenize("a_1 + 2.5*(b)") if t[0] != "end"])
