# Comparing floats with each other and with ints.
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 == 1, 1.0 != 1.5, 2.5 > 2, -0.0 < 0)
print(1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1)
print(max(0.1, 0.2, 0.15), min([3.5, -1.25, 2.0]))
print(sorted([2.5, -1.0, 0.0, 1e-3, -0.5]))
