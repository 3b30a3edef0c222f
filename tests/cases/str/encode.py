# str.encode and bytes.decode round trips.
s = "héllo 日本 😀"
b = s.encode()
print(b, len(b), len(s))
print(b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
