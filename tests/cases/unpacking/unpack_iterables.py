# Any iterable can be unpacked.
a, b, c = "xyz"
print(a, b, c)
a, b = {"k": 1, "j": 2}
print(a, b)
a, b, c = range(3)
print(a, b, c)
(a, b), = [(1, 2)]
print(a, b)
a, b = map(int, "4 5".split())
print(a + b)
a, *rest = b"hi!"
print(a, rest)
