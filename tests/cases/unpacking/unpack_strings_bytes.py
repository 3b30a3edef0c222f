# Unpacking strings and bytes.
h, m, s = "12:34:56".split(":")
print(int(h), int(m), int(s))
first, *middle, last = "racecar"
print(first, "".join(middle), last)
b0, b1 = b"AZ"
print(b0, b1)
