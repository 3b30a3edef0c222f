# Thousands separators , and _.
for v in (0, 999, 1000, -1234567, 123456789012):
    print(f"{v:,} {v:_} {v:,d} {v:>15,} {v:015,}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {-0.5:,.1f}")
print(f"{0xFFFFFFFF:_x} {0b11111111:_b} {0o7777777:_o}")
print(format(1234.5, ","), format(10 ** 9, "_"))
