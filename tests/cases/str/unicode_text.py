# len/index/slice on non-ASCII text count code points.
s = "café 日本 😀!"
print(len(s), s[3], s[5:7], s[-2], s[-2:])
print(s.upper(), s[::-1])
print(s.find("日"), s.index("😀"), "😀" in s)
print([c for c in "é日😀"], [ord(c) for c in "é日😀"])
print(chr(233), chr(0x65E5), chr(0x1F600))
e = "e\u0301"
print(len(e), e == "é")
