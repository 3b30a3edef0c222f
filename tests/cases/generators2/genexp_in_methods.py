# Generator expressions inside methods see self and locals; class-level names need the class or self.
class Stats:
    scale = 10

    def __init__(self, values):
        self.values = values

    def scaled(self):
        return list(v * self.scale for v in self.values)

    def above(self, limit):
        return (v for v in self.values if v > limit)

    def pairs(self):
        return sum(1 for a in self.values for b in self.values if a < b)

    def normalised(self):
        top = max(self.values)
        return [round(x, 2) for x in (v / top for v in self.values)]

    def total(self):
        return sum(v for v in self.values)


s = Stats([3, 9, 1, 6])
print(s.scaled(), list(s.above(2)), s.pairs(), s.normalised(), s.total())
lazy = s.above(0)
s.values.append(100)
print(list(lazy))
print(any(v > 50 for v in s.values), all(v > 0 for v in s.values), max(v % 7 for v in s.values))
