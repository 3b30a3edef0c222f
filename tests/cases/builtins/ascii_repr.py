# ascii and repr.
for v in ["plain", "é", "日本", "😀", "\n", 42, [1, "é"], {"ü": b"\xff"}, None, 1.5]:
    print(ascii(v), repr(v))
