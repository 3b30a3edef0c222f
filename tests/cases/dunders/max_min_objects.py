# max() and min() compare user objects through __gt__/__lt__; ties keep the first seen.
class Runner:
    def __init__(self, name, time):
        self.name, self.time = name, time

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}")
        return self.time < other.time

    def __gt__(self, other):
        print(f"  {self.name} > {other.name}")
        return self.time > other.time

    def __repr__(self):
        return self.name


rs = [Runner("ann", 12.5), Runner("bob", 11.9), Runner("cy", 12.5), Runner("dee", 11.9)]
print("max:", max(rs))
print("min:", min(rs))
print("max2:", max(rs[0], rs[2]))
print(min(rs, key=lambda r: r.name), max([], default="none"))
