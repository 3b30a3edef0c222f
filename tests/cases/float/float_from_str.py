# float() parsing.
for s in ["1.5", "  1.5 ", "-2", "+3.25", "1e3", "1E-3", ".5", "5.", "inf", "-inf",
          "infinity", "nan", "  -NaN ", "1_000.5", "12",
          "1e400", "-1e400", "1e-400", "00012.50"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "1_", "0x10", "- 1", "nan(1)"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
