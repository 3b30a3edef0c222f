# In-place operators use __iadd__/__imul__ when present, otherwise fall back to the binary operator.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))

    def __imul__(self, n):
        self.items *= n
        return self


class Frozen:
    def __init__(self, items):
        self.items = tuple(items)

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.items + tuple(other))


b = Bag([1])
alias = b
b += [2, 3]
print(b.items, b is alias)
b *= 2
print(b.items, b is alias)
c = b + [9]
print(c.items, c is b)
f = Frozen([1, 2])
alias = f
f += [3]
print(f.items, f is alias, alias.items)
x = [1]
y = x
x += (2, 3)
print(x, y is x)
