# Basic float arithmetic and precision artefacts.
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 0.3 - 0.1)
print(1.1 * 1.1, 2.2 / 2, 10.0 / 3, 1e16 + 1)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(2.0 ** 0.5, 10.0 ** -2, 2.0 ** 100)
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 1e10)
print(sum([0.1] * 10), 0.1 * 10)
