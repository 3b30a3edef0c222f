# Integer literals in every base, with underscores.
print(0, 7, 1234567890)
print(0b1011, 0B1111_0000, 0o755, 0O17, 0xff, 0XDEAD_BEEF)
print(1_000_000, 0x_ff, 0b_1_0, 0o_7_7)
print(00, 0_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0b101, +0o10, -0x10)
