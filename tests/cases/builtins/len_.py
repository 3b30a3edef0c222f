# len on builtin containers.
print(len(""), len("日本"), len(b"\x00\x01"), len([1, [2]]), len((1,)), len({}), len({1: 2}))
print(len(set("aab")), len(range(0, 10, 3)), len(frozenset()), len(bytearray(5)))
for v in (5, None, 1.5):
    try:
        len(v)
    except TypeError as e:
        print("TypeError:", e)
