# Bound methods are first-class values that remember their instance.
class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter(10)
d = Counter(100)
inc = c.bump
print(inc(), inc(5), c.n)
actions = [c.bump, d.bump, c.bump]
print([f(2) for f in actions])
print(list(map(d.bump, [1, 1, 1])))
print(inc.__self__ is c, inc.__func__ is Counter.bump, inc.__name__)
print(c.bump == c.bump, c.bump == d.bump)
print(type(inc).__name__, type(Counter.bump).__name__)
table = {"c": c.bump, "d": d.bump}
print(table["d"](by=-100), d.n)
