# Float power edge cases.
print(2.0 ** -1074, 2.0 ** -1075)
print((-8.0) ** 3, (-2.0) ** -2, 1.0 ** float("inf"))
print(0.0 ** 0.0, float("nan") ** 0, 1 ** float("nan"))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError")
r = (-8) ** (1 / 3)
print(type(r).__name__)
