# Set operators | & - ^ and comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9} > set())
print(a == {4, 3, 2, 1}, a != b, set() == frozenset())
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
