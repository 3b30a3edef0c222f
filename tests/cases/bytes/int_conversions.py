# int.to_bytes / int.from_bytes round trips.
for n in (0, 1, 255, 256, 65535, 2 ** 64 - 1):
    size = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(size, "big")
    print(n, big, int.from_bytes(big, "big"), n.to_bytes(size, "little"))
print(int.from_bytes(b"\x80", "big", signed=True), (-128).to_bytes(1, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
