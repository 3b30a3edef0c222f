# Converting between ints and floats.
print(float(3), float(-7), float(10 ** 20), float(2 ** 53 + 1))
print(int(2.9), int(-2.9), int(1e15), int(1.5e16))
print(float(True), float("3"), int(float("3.99")))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023) * 2, 2 ** 1023 * 1.0)
print(int(1e300) == 10 ** 300, int(1e300) % 1000)
