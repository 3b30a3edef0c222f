# Big powers and modular arithmetic.
p = 2 ** 127 - 1
print(p)
print(pow(3, p - 1, p))
print(pow(2, 10 ** 18, 10 ** 9 + 9))
print(pow(-2, 99), pow(-2, 100) > 0)
print(pow(10, 30) // pow(10, 29))
print(pow(12345678901234567890, -1, 1000000007))
