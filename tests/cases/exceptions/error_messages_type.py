# TypeError messages for common mistakes.
five, text, nothing, pair = 5, "s", None, [1, 2]
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: five(), lambda: text(), lambda: nothing(),
    lambda: five[0], lambda: nothing[0], lambda: len(5), lambda: pair["a"],
    lambda: {}[[]], lambda: int([]), lambda: 1 < None, lambda: -"a",
    lambda: "a" * "b", lambda: sum("ab"), lambda: (1, 2)[0:1:0.5],
    lambda: [].append(), lambda: "".join(1), lambda: iter(3), lambda: hash([]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
