# hex/oct/bin of small, big and negative ints.
for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 100), 123456789 ** 3):
    print(hex(n), oct(n), bin(n))
print(hex(0xDEADBEEF), oct(0o17), bin(0b101))
