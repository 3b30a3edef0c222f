# Escapes in bytes literals.
print(b"\x00\x7f\x80\xff")
print(list(b"\n\t\\\x41\101"))
print(len(b"\xff\xfe"))
print(b'single "double"', b"double 'single'")
print(b'mixed \'\"')
