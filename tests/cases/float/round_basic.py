# round() without ndigits returns an int using banker's rounding.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1e20, -7.5]:
    r = round(x)
    print(x, r, type(r).__name__)
print(round(3), round(-3), type(round(3)).__name__)
