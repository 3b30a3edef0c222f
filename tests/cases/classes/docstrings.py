# __doc__ holds the first string literal of a class or function body, else None.
class Documented:
    """A documented class."""

    def method(self):
        """Does a thing."""
        return 1

    def undocumented(self):
        x = "not a docstring"
        return x


class Undocumented:
    x = 1


class Child(Documented):
    pass


print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
print(Documented.undocumented.__doc__)
print(Undocumented.__doc__)
print(Child.__doc__)


def f():
    """Function doc
    on two lines."""


print(f.__doc__)
