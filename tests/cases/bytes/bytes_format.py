# %-formatting of bytes.
print(b"%s-%d" % (b"id", 42), b"%05.1f" % 3.14159, b"%x|%c" % (255, 65))
print(b"%b" % b"raw", b"%a" % "é")
print(b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
