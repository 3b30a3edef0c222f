# Errors using ranges.
tests = [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("1"),
         lambda: range(3)[3], lambda: range(3).index(5), lambda: range(3) + range(2)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
