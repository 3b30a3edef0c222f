# float(), int() and str() constructors at a glance.
print(float(), float(3), float("2.5"), float(" -inf "), int(), int("42"), int(3.99), int("-0b11", 0))
print(str(), str(1), str(1.0), str([1]), str(None), str(b"x"), repr(str("q")))
