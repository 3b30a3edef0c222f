# Three-argument pow computes modular exponentiation.
print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(7, 0, 13), pow(0, 0, 5))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, -1, 7), pow(3, -2, 11))
print(pow(123456789, 987654321, 10**9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError", e)
