# An __isub__ returning NotImplemented falls back to __sub__; an __iadd__ returning None rebinds to None.
class Frozen:
    def __init__(self, items):
        self.items = tuple(items)

    def __isub__(self, other):
        print("  __isub__ declines")
        return NotImplemented

    def __sub__(self, other):
        print("  __sub__")
        return Frozen(i for i in self.items if i not in other)


f = Frozen([1, 2, 3])
alias = f
f -= [2]
print(f.items, alias.items, f is alias)


class NoneReturn:
    def __iadd__(self, other):
        self.got = other


n = NoneReturn()
keep = n
n += 5
print(n, keep.got)


class OnlyRadd:
    def __radd__(self, other):
        return f"radd({other!r})"


total = 10
total += OnlyRadd()
print(total)
