# Assorted errors with bytes.
tests = [lambda: b"a" + 1, lambda: b"abc".split(""), lambda: bytes(-1),
         lambda: b"abc".index(b"z"), lambda: bytearray(b"a").remove(99),
         lambda: bytearray().pop(), lambda: b"x".decode("nope")]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
