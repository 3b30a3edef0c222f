# __hash__ consistent with __eq__ lets equal objects share dict and set slots.
class Key:
    def __init__(self, name, version):
        self.name, self.version = name, version

    def __eq__(self, other):
        return isinstance(other, Key) and (self.name, self.version) == (other.name, other.version)

    def __hash__(self):
        return hash((self.name, self.version))

    def __repr__(self):
        return f"Key({self.name!r}, {self.version})"


d = {Key("a", 1): "first"}
d[Key("a", 1)] = "replaced"
d[Key("a", 2)] = "second"
print(len(d), d[Key("a", 1)], sorted(d.values()))
s = {Key("x", 1), Key("x", 1), Key("y", 1)}
print(len(s), Key("y", 1) in s, Key("z", 1) in s)
print(sorted(s, key=lambda k: k.name))
print(hash(Key("a", 1)) == hash(Key("a", 1)))


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
