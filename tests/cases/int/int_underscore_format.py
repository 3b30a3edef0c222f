# Formatting ints with grouping.
n = 12345678901234567890
print(f"{n:,}", f"{n:_}", f"{-n:,}")
print(f"{n:_x}", f"{n:_b}"[:20], f"{255:_o}")
print(format(10 ** 30, ","), format(-1234, "_"))
print(f"{1234567:>15,}|{1234567:<15_}|")
