# bool is a subclass of int: arithmetic and comparisons.
print(True + 1, True * 3.0, True / 2, True // 1, True % 2)
print(sum([True, True, False]), max(True, 2), True == 1.0)
print(isinstance(True, int), isinstance(1, bool))
print(True << 3, -True, abs(-True))
print(str(True), repr(False), int(True), float(False))
