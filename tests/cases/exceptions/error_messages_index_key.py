# IndexError and KeyError messages.
tests = [lambda: [][0], lambda: [1][5], lambda: (1,)[2], lambda: "abc"[10], lambda: range(2)[2],
         lambda: {}["key"], lambda: {1: 2}[2], lambda: {}[(1, "a")], lambda: [].pop(),
         lambda: {}.popitem(), lambda: set().pop(), lambda: b"x"[1]]
for t in tests:
    try:
        t()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
