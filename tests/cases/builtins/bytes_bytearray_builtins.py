# bytes and bytearray builtins.
print(bytes(2), bytes([1, 2]), bytes("ab", "ascii"), bytearray(b"x"), bytearray("é", "utf-8"))
print(bytes(range(65, 70)), len(bytearray(10)), bytes(bytearray([255])))
