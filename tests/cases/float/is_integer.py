# float.is_integer and as_integer_ratio.
for x in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1, float("inf"), float("nan")]:
    print(x, x.is_integer())
for x in [0.5, 0.1, -1.25, 3.0, 1e-3, 0.0]:
    print(x, x.as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
