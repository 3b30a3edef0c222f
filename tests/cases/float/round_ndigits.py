# round() with ndigits rounds to the nearest representable decimal.
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(0.5, 0), round(1.5, 0), round(2.5, 0), round(-0.5, 0))
print(round(1e300, 2), round(123.456, 10), round(5e-324, 5))
print(type(round(2.5, 0)).__name__, round(2.5, None))
print(round(float("inf"), 2), round(float("nan"), 1))
