# hash() of small ints and bools equals the value (except -1).
for n in (0, 1, 2, 100, -5, -1, -2, True, False):
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
