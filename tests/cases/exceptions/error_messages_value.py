# ValueError messages.
tests = [lambda: int("x"), lambda: int("1.5"), lambda: float("y"), lambda: [1].index(2),
         lambda: "abc".index("z"), lambda: [].remove(1), lambda: int("12", 2),
         lambda: chr(-1), lambda: "a,b".split(""), lambda: range(1, 2, 0),
         lambda: (1, 2).index(3), lambda: "x".encode("ascii").decode("nope")]
for t in tests:
    try:
        t()
    except (ValueError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
