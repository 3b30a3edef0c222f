# bin, hex and oct.
for n in (0, 5, -5, 255, 1 << 40, -(1 << 70), True):
    print(bin(n), hex(n), oct(n))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
