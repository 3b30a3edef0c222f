# + and * on tuples.
a = (1, 2)
print(a + (3,), a * 2, 2 * a, a * 0, () + ())
b = a
a += (3,)
print(a, b, a is b)
try:
    a + [4]
except TypeError as e:
    print("TypeError:", e)
