# TypeError messages for unsupported operand types.
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: {} + {},
    lambda: "a" - "b", lambda: None * 2, lambda: 1 < "a", lambda: [] > 0,
    lambda: -"x", lambda: ~1.5, lambda: "a" ** 2, lambda: 1 & 1.0,
    lambda: "ab" * 2.0, lambda: [1] * [2], lambda: None < None,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
