# repr of lists with mixed contents.
a = [1, "two", 3.0, None, True, [4, "5"], (6,), {"7": 8}, b"9", "it's", 'q"']
print(a)
print(repr(a) == str(a), repr([]), repr([[]]), str(["é", "\n"]))
