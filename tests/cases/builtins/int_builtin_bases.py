# int() with bases, and int of strings with whitespace.
print(int("101", 2), int("z", 36), int(" 7 "), int("-0x1f", 16), int("0o10", 8), int("1_0", 10))
