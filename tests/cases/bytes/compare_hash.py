# Equality between bytes and bytearray, and use as dict keys.
print(b"a" == bytearray(b"a"), b"ab" < bytearray(b"b"), bytearray(b"z") > b"a")
d = {b"key": 1}
print(d[b"key"], b"key" in d)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
print(sorted([b"b", b"a", b"ab", b""]))
