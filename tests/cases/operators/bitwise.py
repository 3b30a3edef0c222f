# Bitwise operators on non-negative and negative ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-1 & 0xFF, -256 & 0xFF, -1 ^ -1)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
