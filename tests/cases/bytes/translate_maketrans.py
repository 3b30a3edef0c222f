# bytes.translate and bytes.maketrans.
t = bytes.maketrans(b"abc", b"ABC")
print(b"aabbccdd".translate(t))
print(b"hello world".translate(None, b"lo"))
print(b"abc".translate(t, b"b"), len(t))
