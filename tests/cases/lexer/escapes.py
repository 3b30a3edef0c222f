# Escape sequences in string literals.
print("tab:\t|newline:\\n|quote:\"|apos:\'")
print(repr("\a\b\f\v\r\0"))
print("\x41\x62\x7a", "\101\102\7")
print("\u00e9\u65e5", "\U0001F600")
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\N{SNOWMAN}"), ord("\N{SNOWMAN}"))
print("back\\slash", len("\\"))
print(repr("\177"), repr("\377"))
print("a\
b")
