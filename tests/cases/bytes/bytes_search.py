# Searching bytes with ints and sub-sequences, and bounds.
data = b"abracadabra"
print(data.find(b"bra"), data.find(b"bra", 2), data.rfind(b"bra"), data.find(97, 1))
print(data.count(b"a"), data.count(b"a", 5), data.index(b"cad"), data.rindex(b"a", 0, 5))
print(data.startswith((b"x", b"ab")), data.endswith(b"bra", 0, 4), 0x61 in data)
