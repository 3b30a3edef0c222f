# Slice assignment on bytearray with steps and different lengths.
ba = bytearray(range(10))
ba[2:5] = b""
print(list(ba))
ba[::2] = bytes([100] * len(ba[::2]))
print(list(ba))
ba[1:1] = b"\x07\x07"
print(list(ba))
try:
    ba[::2] = b"\x00"
except ValueError as e:
    print("ValueError:", e)
ba[:] = b"reset"
print(ba, ba.find(b"s"), ba.upper())
