# ord and chr across the Unicode range.
for c in "aZ0 ~é€日😀":
    print(c, ord(c), chr(ord(c)) == c, hex(ord(c)))
print(chr(0), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010FFFF")
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
