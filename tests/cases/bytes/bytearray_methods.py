# bytearray shares the read-only methods of bytes and returns bytearrays.
ba = bytearray(b"Hello, bytes world")
print(ba.find(b"bytes"), ba.count(b"o"), ba.startswith(b"Hell"), ba.endswith(b"d"))
print(ba.upper(), ba.split(b" "), ba.replace(b"o", b"0"))
print(type(ba.upper()).__name__, type(ba[0:2]).__name__, ba.strip(b"Hd"))
print(bytearray(b"a,b").partition(b","), bytearray(b" x ").strip(), bytearray(b"ab").hex())
