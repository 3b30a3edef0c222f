# Indexing bytes gives ints; slicing gives bytes.
b = b"Hello"
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[:0])
ba = bytearray(b"Hello")
print(ba[0], ba[1:3], type(ba[1:3]).__name__)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    ba[10]
except IndexError as e:
    print("IndexError:", e)
print(list(b"abc"), [x for x in b"\x01\x02"])
