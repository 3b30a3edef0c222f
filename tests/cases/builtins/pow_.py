# pow builtin.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(10, 100, 97))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
