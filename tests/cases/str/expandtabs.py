# expandtabs with default and custom tab sizes.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr("x\ty\nab\tc".expandtabs(3)))
print(repr("\t".expandtabs(2)))
