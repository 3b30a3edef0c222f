# Errors from str methods with wrong argument types.
tests = [lambda: "a".join([1]), lambda: "abc".find(1), lambda: "abc".replace("a"),
         lambda: "abc".split(1), lambda: "a" + 1, lambda: "abc".center("x"),
         lambda: "abc".startswith(1), lambda: "x" * "y"]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
