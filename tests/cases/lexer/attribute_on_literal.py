# Attribute access on literals needs care with ints.
print((5).bit_length(), 5 .bit_length())
print(1.5.is_integer(), 2.0.is_integer())
print("abc".upper(), b"ab".hex())
print([1, 2].index(2), (1, 2).count(1))
print({'a': 1}.get('a'))
print(0x10.bit_length())
