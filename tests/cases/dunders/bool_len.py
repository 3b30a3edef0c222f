# Truthiness: __bool__ first, then __len__, else always true.
class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__")
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__")
        return self.n


class Both(WithLen):
    def __bool__(self):
        return True


class Neither:
    pass


for obj in (WithBool(True), WithBool(False), WithLen(0), WithLen(3), Both(0), Neither()):
    print(type(obj).__name__, bool(obj))
print("yes" if WithLen(0) else "no", not WithBool(False))
print(WithLen(2) and "and-result", WithLen(0) or "or-result")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
