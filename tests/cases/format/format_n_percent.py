# The n and % types.
for v in (0, 1234, -98765):
    print(format(v, "n"), format(v, "10n"))
for v in (0.5, 0.123456, 1.0, 2.5):
    print(format(v, "%"), format(v, ".0%"), format(v, ">8.2%"))
print(format(1234.5, "n"), format(0.0001234, "n"))
