# Membership in ranges.
r = range(1, 20, 3)
print(4 in r, 5 in r, 19 in r, 20 in r, -2 in r, 1.0 in r, 4.0 in r, "x" in r)
print(0 in range(0), -5 in range(-10, 0), -10 in range(0, -11, -5))
