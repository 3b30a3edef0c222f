# Comparisons mixing ints, floats and big ints are exact.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(2 ** 53) == 2 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 2 ** 1000 == 2.0 ** 1000, 3 ** 100 == float(3 ** 100))
print(0.5 < 1 < 1.5, 10 ** 20 < 1e20 + 1)
print(max(1, 2.0, 3 ** 40), min(-1e300, -10 ** 301))
print(sorted([3, 1.5, 2 ** 70, -1e10, 0]))
