# Format specs in str.format with conversions.
print("{:>8.3f}|{:<+6d}|{:^#10x}|".format(3.14159, 42, 255))
print("{0!r:>10}|{0!s:<10}|".format("hi"))
print("{:{}{}}|".format("v", "*", "^7"), "{:{w}.{p}}|".format(1.23456, w=8, p=3))
print("{:%}|{:.1%}|{:,}".format(0.5, 0.123, 10 ** 7))
