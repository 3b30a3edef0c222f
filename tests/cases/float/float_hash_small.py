# Floats equal to ints hash like them.
print(hash(1.0) == hash(1), hash(0.0), hash(-0.0), hash(2.0))
print(hash(0.5) == hash(0.5), hash(float("inf")), hash(float("-inf")))
d = {1: "int"}
d[1.0] = "float"
print(d)
