# Operators on bytes and bytearray.
a = b"abc"
ba = bytearray(b"xyz")
print(a + b"def", a * 2, 2 * a, a + ba, ba + a)
print(a == b"abc", a == bytearray(b"abc"), a < b"abd", b"" < a, a != "abc")
print(b"b" in a, 98 in a, b"bc" in a, b"" in a, 200 in a)
print(len(a), len(ba), min(a), max(a), sum(a), sorted(b"cab"))
print(bytes(reversed(a)), a[::-1] == bytes(reversed(a)))
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" in a
except TypeError as e:
    print("TypeError:", e)
