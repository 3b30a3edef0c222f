# zfill keeps the sign in front.
for s in ["7", "-7", "+7", "", "-", "abc", "-3.14", "1234567"]:
    print(repr(s), repr(s.zfill(6)))
