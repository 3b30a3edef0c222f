# hash of small ints, bools, None-free values.
print(hash(0), hash(1), hash(42), hash(-7), hash(True), hash(False), hash(-1))
print(hash(1.0), hash(2.5) == hash(2.5), hash(10 ** 20) == hash(10 ** 20))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
