# Mixed int/float/bool arithmetic promotes types.
print(1 + 2.0, 3 * 1.5, 7 / 2, 7 // 2.0)
print(True + True, True * 10, False - 1)
print(type(1 + 2.0).__name__, type(True + 1).__name__, type(True + 0.5).__name__)
print(10**20 + 0.5, 2**53 + 1.0)
print(1 / 3, 2 / 3, 10 / 4)
print(5 - 5.0, -0.0 + 0)
