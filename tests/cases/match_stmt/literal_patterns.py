# Literal patterns: ints, floats, strings, negative and complex numbers, None/True/False by identity.
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "":
            return "empty string"
        case _:
            return f"other {x!r}"


for v in (0, -1, 2.5, 1 + 2j, "hello", "hi", b"raw", None, True, False, "", 1, 0.0, 5, "x"):
    print(repr(v), "->", classify(v))
