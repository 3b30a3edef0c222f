# __call__ makes instances callable, with any signature; callable() reports it.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *more, scale=1):
        self.calls += 1
        return (x + sum(more)) * self.k * scale


double = Multiplier(2)
print(double(5), double(1, 2, 3), double(1, scale=10), double.calls)
print(list(map(Multiplier(3), [1, 2, 3])), sorted([3, -1, 2], key=Multiplier(-1)))
print(callable(double), callable(Multiplier), callable(5), callable(print))


class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)


class Chain:
    def __call__(self, name):
        print("called with", name)
        return self


Chain()("a")("b")("c")
