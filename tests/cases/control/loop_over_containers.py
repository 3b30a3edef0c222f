# for over every builtin iterable.
for x in [1, 2]:
    print("list", x)
for x in (3,):
    print("tuple", x)
for x in "é!":
    print("str", x)
for x in b"AB":
    print("bytes", x)
for k in {"a": 1, "b": 2}:
    print("dict", k)
for k, v in {"a": 1}.items():
    print("items", k, v)
for x in sorted({3, 1, 2}):
    print("set", x)
for x in range(2):
    print("range", x)
for i, (a, b) in enumerate(zip("xy", [8, 9])):
    print("zip", i, a, b)
