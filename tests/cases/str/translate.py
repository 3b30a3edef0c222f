# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcd".translate(t3))
print(sorted(str.maketrans("xy", "XY").items()))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}))
