# f-string !r/!s/!a conversions and the = specifier use __repr__ and __str__ of user objects.
class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"

    def __str__(self):
        return f"item {self.name}"

    def __format__(self, spec):
        return f"[{self.name}:{spec}]"


it = Item("café")
print(f"{it}")
print(f"{it!s}")
print(f"{it!r}")
print(f"{it!a}")
print(f"{it=}")
print(f"{it = !s}")
print(f"{it:>8}")
print(f"{it!s:>14}|")
print(f"{it!r:^20}|")
