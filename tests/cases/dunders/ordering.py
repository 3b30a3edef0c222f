# Rich comparisons: reflection (a > b tries b.__lt__) when the left side returns NotImplemented.
VERBOSE = True


class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if VERBOSE:
            print(f"  {self.v}.__lt__({other!r})")
        if isinstance(other, Score):
            return self.v < other.v
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented

    def __le__(self, other):
        print(f"  {self.v}.__le__({other!r})")
        if isinstance(other, Score):
            return self.v <= other.v
        return NotImplemented

    def __repr__(self):
        return f"Score({self.v})"


a, b = Score(1), Score(2)
print(a < b)
print(a > b)
print(b >= a)
print(a < 5)
print(5 > a)
try:
    print(a <= 5)
except TypeError as e:
    print("TypeError:", e)
VERBOSE = False
print(sorted([Score(3), Score(1), Score(2)]), min(Score(4), Score(2), Score(3)))
