# Iterating over bytes and building them.
data = b"Hello"
print([b for b in data])
print(bytes([b ^ 0x20 for b in data]))
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) % 65521
print(checksum)
print(list(enumerate(b"ab")), dict(zip(b"ab", "xy")))
print(bytes(map(lambda x: x + 1, b"HAL")))
