# Chained comparisons call each dunder once, left to right, short-circuiting on a false link.
class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v

    def __eq__(self, other):
        print(f"  {self.v} == {other.v}")
        return self.v == other.v


a, b, c = N(1), N(2), N(3)
print(a < b < c)
print(b < a < c)
print(a < b == N(2) < c)
print(a == a < b)


class Weird:
    def __lt__(self, other):
        return "truthy string"


print(Weird() < Weird(), Weird() < Weird() < Weird())
