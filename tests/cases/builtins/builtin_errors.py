# Argument errors from builtins.
tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: int("1", "2"),
         lambda: sorted(1), lambda: chr("a"), lambda: max(),
         lambda: zip(1), lambda: iter(), lambda: isinstance(1), lambda: divmod(1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
