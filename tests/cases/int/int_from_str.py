# int() parsing: whitespace, signs, underscores, bases.
print(int("42"), int("  12  "), int("-7"), int("+8"), int("\t9\n"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("ZZ", 36), int("10", 3))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))
print(int("  -1_2_3  "), int("٣"))
