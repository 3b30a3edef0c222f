# abs on ints, floats, bools and big ints.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30))
print(abs(float("-inf")), abs(-9223372036854775808))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
