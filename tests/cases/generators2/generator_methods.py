# Generators as methods: __iter__ written as a generator, and generator methods reading self.
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def __iter__(self):
        for name in sorted(self.items):
            yield name, self.items[name]

    def low_stock(self, threshold):
        for name, qty in self:
            if qty < threshold:
                yield name

    @classmethod
    def sample_names(cls, n):
        for i in range(n):
            yield f"{cls.__name__.lower()}-{i}"

    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1


inv = Inventory().add("bolt", 40).add("nut", 3).add("gear", 8).add("nut", 1)
print(list(inv), dict(inv))
print(list(inv.low_stock(10)), list(inv.low_stock(1)))
for name, qty in inv:
    print(f"{name:>5}: {qty}")
print(list(Inventory.sample_names(3)), list(inv.countdown(3)))
g = inv.low_stock(100)
print(type(g).__name__, next(g), next(g))
