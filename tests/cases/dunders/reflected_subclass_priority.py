# When the right operand's type is a subclass that overrides the reflected method, it goes first.
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

    def __gt__(self, other):
        return "Derived.__gt__"


class NotOverriding(Base):
    pass


print(Base() + Derived())
print(Derived() + Base())
print(Base() + NotOverriding())
print(Base() < Derived())
print(Derived() < Base())
print(1 + Base(), 1 + Derived())
