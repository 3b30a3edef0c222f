# center/ljust/rjust/zfill.
s = "abc"
print("[" + s.center(9) + "]", "[" + s.center(8, "*") + "]", "[" + s.center(2) + "]")
print("[" + s.ljust(6) + "]", "[" + s.ljust(6, "-") + "]", "[" + s.rjust(6) + "]", "[" + s.rjust(6, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3))
print("".center(4, "x"), "é".center(5, "·"), "日本".rjust(4, "＊"))
try:
    s.center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
