# Mixed int/float arithmetic results.
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5, 3 // 0.5, 3 % 0.5, 3 ** 0.5)
print(10 ** 20 * 1.0, 10 ** 20 + 1.0 == 1e20)
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7 % -2.0)
print(divmod(7, 2.5), divmod(-7, 2.5))
print(abs(-2.5), abs(-3), max(2, 2.0), min(2.0, 2))
