# int() and float() call __int__/__float__ (or __index__); round() uses __round__.
class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"


class OnlyIndex:
    def __index__(self):
        return 42


n = Num(3.75)
print(int(n), float(n), float(Num(2)), round(n), round(n, 1))
print(int(OnlyIndex()), float(OnlyIndex()))


class Nothing:
    pass


for conv in (int, float, complex):
    try:
        conv(Nothing())
    except TypeError as e:
        print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "3"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
