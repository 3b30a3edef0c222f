# int.bit_length, bit_count and related methods.
for n in (0, 1, 2, 255, 256, -1, -256, 2 ** 100, -(2 ** 100) - 1):
    print(n.bit_length(), bin(n).count("1"))
print((255).bit_count(), (-7).bit_count())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
