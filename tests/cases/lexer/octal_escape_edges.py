# Octal escapes take up to three digits; \x needs exactly two hex digits.
print(list("\0\00\000\0000".encode()))
print(repr("\1234"))
print(repr("\x410"))
print(ord("\12"), ord("\012"))
