# repr(x) parses back to exactly x.
vals = [0.1, 1 / 7, 2 ** 0.5, 1e-300 * 3, 123.456e78, 6.02214076e23, 2.718281828459045]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
x = 1.0
for i in range(5):
    x = x * 1.1
    print(repr(x))
