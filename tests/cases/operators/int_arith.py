# Basic integer arithmetic.
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a + b, -(a - b), +a)
print(a * -1, 0 * a, a - a)
print(2 + 3 * 4 - 6 / 2)
print(10 / 2, type(10 / 2).__name__)
