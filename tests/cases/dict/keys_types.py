# Keys of different hashable types and numeric key equality.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozen"
d["1"] = "str"
print(len(d), d[None], d[frozenset({1})], d[1])
try:
    d[[1]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
