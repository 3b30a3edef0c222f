# __eq__ drives == and the default __ne__ inverts it; NotImplemented falls back to identity.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        print(f"  Version.__eq__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __repr__(self):
        return f"V{self.major}.{self.minor}"

    __hash__ = None


a, b, c = Version(1, 2), Version(1, 2), Version(2, 0)
print(a == b)
print(a != b)
print(a == c)
print(a != c)
print(a == "1.2")
print(a != "1.2")
print(a in [c, b], [a, b, c].count(Version(1, 2)))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"


x = AlwaysEqual()
print(x == 5, 5 == x, x != 5, None == x)
