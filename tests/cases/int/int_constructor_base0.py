# int(x, 0) infers the base from the prefix.
for s in ["0", "10", "0x1F", "0X1f", "0o17", "0b11", "-0x10", " 0b_1_1 ", "1_0"]:
    print(repr(s), int(s, 0))
for s in ["010", "0x", "0b2"]:
    try:
        int(s, 0)
    except ValueError as e:
        print("ValueError:", e)
