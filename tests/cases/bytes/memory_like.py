# Building a binary record by hand and parsing it back.
def pack_u16(n):
    return bytes([n >> 8 & 0xFF, n & 0xFF])
def unpack_u16(b, i):
    return b[i] << 8 | b[i + 1]
record = bytearray()
for v in (1, 300, 65535, 4660):
    record += pack_u16(v)
print(record.hex(" "))
print([unpack_u16(record, i) for i in range(0, len(record), 2)])
name = "Zoë".encode()
record += bytes([len(name)]) + name
print(record[-len(name):].decode(), record[8])
