# bytes and bytearray literals and constructors.
print(b"abc", b"", b"\x00\xff", b'quote"s', b"it's")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(bytearray(b"xyz"), bytearray(2), bytearray([1, 2]), bytearray())
print(bytes(bytearray(b"copy")), bytearray("日", "utf-8"))
print(type(b"").__name__, type(bytearray()).__name__)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
