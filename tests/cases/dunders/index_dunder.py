# __index__ lets an object be used as an integer in indexing, slicing, range, bin/hex and repetition.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


one, three = Idx(1), Idx(3)
data = list("abcdefg")
print(data[three], data[one:three], data[::Idx(2)], "xyz"[Idx(-1)])
print(list(range(three)), list(range(one, Idx(10), three)))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), [0] * three, "ab" * Idx(2))
print(int(Idx(7)), (10).__pow__(2), divmod(7, 3))
t = (10, 20, 30)
print(t[one], bytes(range(65, 68))[one])
data[one] = "B"
del data[three]
print(data)


class NoIndex:
    def __int__(self):
        return 2


for bad in (lambda: data[NoIndex()], lambda: range(NoIndex()), lambda: "ab" * NoIndex()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
