# Common bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" HD"))
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b.rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([bytearray(b"x"), b"y"]))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b.find(b"World"), b.find(b"zz"), b.rfind(b"l"), b.index(b"o"), b.count(b"l"))
print(b.startswith(b"  He"), b.endswith((b"x", b"  ")), b"abc".startswith(b"b", 1))
print(b.upper(), b.lower(), b"hello world".title(), b"Hi".swapcase(), b"abc".capitalize())
print(b"abc".center(9, b"*"), b"7".zfill(3), b"x".ljust(3, b"."), b"x".rjust(3))
print(b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" ".isspace(), b"AB".isupper())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"l1\nl2".splitlines())
