# str/repr switch to exponent notation at 1e16 and 1e-4.
for e in range(12, 20):
    print(10.0 ** e, -(10.0 ** e) * 1.5)
for e in range(1, 8):
    print(10.0 ** -e, 1.5 * 10.0 ** -e)
print(123456789012345.6, 0.000123, 0.0000123)
