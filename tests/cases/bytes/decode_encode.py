# Encoding and decoding text.
s = "naïve ☕"
b = s.encode("utf-8")
print(b, len(b))
print(b.decode("utf-8"), b.decode(), bytearray(b).decode())
print(b"plain".decode("ascii"), "x".encode("ascii"))
print(b"caf\xe9".decode("latin-1"), "café".encode("latin-1"))
print(b"\xe2\x98".decode("utf-8", errors="replace"), b"a\x80b".decode("ascii", "ignore"))
try:
    b"\xe2\x98".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
