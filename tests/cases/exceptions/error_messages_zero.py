# ZeroDivisionError messages.
tests = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("1.0 / 0", lambda: 1.0 / 0), ("1.0 // 0", lambda: 1.0 // 0),
         ("1.0 % 0", lambda: 1.0 % 0), ("divmod(1, 0)", lambda: divmod(1, 0)),
         ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("0 ** -1", lambda: 0 ** -1),
         ("big // 0", lambda: 10 ** 30 // 0), ("big % 0", lambda: 10 ** 30 % 0)]
for label, fn in tests:
    try:
        fn()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
