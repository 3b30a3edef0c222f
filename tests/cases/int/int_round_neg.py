# round() on ints with negative ndigits uses banker's rounding.
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(5, -1))
print(round(123456789123456789, -5), round(7, 0), round(7))
print(type(round(7, 1)).__name__, round(10 ** 30 + 5 * 10 ** 9, -10))
