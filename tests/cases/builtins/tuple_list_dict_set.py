# Container constructors.
print(tuple("ab"), list("ab"), dict(a=1), sorted(set("ba")), sorted(frozenset([2, 1])))
print(tuple(), list(), dict(), set(), frozenset(), bytes(), bytearray())
