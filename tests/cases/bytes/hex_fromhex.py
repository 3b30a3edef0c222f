# bytes.hex and bytes.fromhex.
b = bytes([0, 15, 16, 255, 171])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(bytearray.fromhex("41 42"), bytearray(b"\x01\x02").hex())
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
