# strip, lstrip and rstrip with and without chars.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip("ol"))
print("www.example.com".strip("cmowz."))
print(repr("\u00a0nbsp\u00a0".strip()), repr("\u3000wide\u3000".strip()))
print("aaa".strip("a") == "", "abc".strip(None))
