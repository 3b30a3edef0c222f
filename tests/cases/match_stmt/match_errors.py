# Errors raised while matching: too many positional sub-patterns, bad __match_args__.
class NoArgs:
    pass


class Two:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2


class BadArgs:
    __match_args__ = ["a"]


for subject, label in ((NoArgs(), "NoArgs"), (Two(), "Two"), (BadArgs(), "BadArgs")):
    try:
        match subject:
            case NoArgs(x):
                print("matched NoArgs", x)
            case Two(a, b, c):
                print("matched Two")
            case BadArgs(a):
                print("matched BadArgs")
    except TypeError as e:
        print(label, "TypeError:", e)
match Two():
    case Two(a, b):
        print("Two has", a, b)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = "str"
try:
    match "x":
        case not_a_class.upper():
            pass
except Exception as e:
    print(type(e).__name__ + ":", e)
