# float.hex and float.fromhex.
for x in [1.0, 0.5, 0.1, -2.75, 0.0, -0.0, 1e300, 5e-324, float("inf")]:
    print(x, x.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.fp-2", "0x.8", "0X10P-4", "  0x1p+10  ", "inf", "-0x0p0"]:
    print(s.strip(), float.fromhex(s))
print(float.fromhex((0.1).hex()) == 0.1)
