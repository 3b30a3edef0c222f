# int() from floats, bools and ints.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False), int(10 ** 30))
print(int(1.5e30), int(-2.0 ** 70))
print(int(), int(0.0), int(-0.0))
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
