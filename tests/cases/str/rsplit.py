# str.rsplit splits from the right.
s = "  alpha beta  gamma delta "
print(s.rsplit())
print(s.rsplit(None, 1))
print(s.rsplit(maxsplit=2))
print("a.b.c.d".rsplit(".", 1), "a.b.c.d".rsplit(".", 2))
print("a.b.c.d".rsplit("."), "path/to/file.txt".rsplit("/", 1)[-1])
print("xxaxxbxx".rsplit("xx"))
