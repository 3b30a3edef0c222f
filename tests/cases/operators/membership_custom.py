# Membership tests in various containers.
s = {1, 2, 3}
print(2 in s, 4 in s)
fs = frozenset("abc")
print("a" in fs, "z" in fs)
d = {"one": 1, "two": 2}
print("one" in d, 1 in d, 1 in d.values(), ("one", 1) in d.items())
print("b" in "abc", b"b" in b"abc", 98 in b"abc")
print([1, 2] in [[1, 2], [3]], 0 in [])
print(3.0 in range(5), 3.5 in range(5))
