# str.split with and without sep and maxsplit.
s = "  the quick  brown\tfox\n jumps  "
print(s.split())
print(s.split(None, 2))
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a::b::c".split("::"))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "x".split("x", 0))
print("1 2 3".split(maxsplit=1), "a-b-c".split(sep="-", maxsplit=-1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
