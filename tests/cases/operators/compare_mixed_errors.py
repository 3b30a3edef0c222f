# Ordering between unrelated types raises TypeError; equality does not.
pairs = [(1, "1"), ([], ()), ({}, {}), (None, 0), ("a", b"a")]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
