# Negative big ints: arithmetic and printing.
a = -(10 ** 30) - 7
b = 10 ** 25 + 3
print(a, b)
print(a + b, a - b, a * b)
print(-a, abs(a), a * -1 == -a)
print(a * a, a ** 3)
print(a < b, a < -b, -a > b)
