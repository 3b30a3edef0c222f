# Invalid format specs raise ValueError.
tests = [("abc", "d"), (1.5, "d"), (42, "s"), ("abc", "+"), ("x", "="), (42, ".2s"),
         (3, ",s"), ("abc", ","), (1, "z"), (-1, "c")]
for value, spec in tests:
    try:
        print(format(value, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
