# True division of big ints gives correctly rounded floats.
print(10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(1 / 3 == (10 ** 50) / (3 * 10 ** 50))
print((2 ** 1000) / (2 ** 999), 10 ** 20 / 3)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 2000 // 3 ** 1000 > 0)
