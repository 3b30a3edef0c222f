# Bitwise operators on big and negative ints (two's complement semantics).
a = (1 << 100) | 0xFF
b = (1 << 80) - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(~a, ~-a, -a & -b, -a | -b)
print(hex(a & ~b), bin(-1 & ((1 << 70) - 1)).count('1'))
print((-1 << 100) & 0xFFFF, -(1 << 64) ^ 1)
