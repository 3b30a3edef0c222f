# repr of bytes chooses quotes and escapes non-printable bytes.
for b in [b"plain", b"it's", b'say "x"', b"both ' \"", b"\t\n\r", b"\x00\x7f\x80\xff", b"\\"]:
    print(repr(b), repr(bytearray(b)))
print(bytes(range(30, 40)))
print(str(b"x"), f"{b'y'}", "%s" % b"z", "%r" % b"w")
