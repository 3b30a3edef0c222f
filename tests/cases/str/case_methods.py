# upper/lower/title/capitalize/swapcase/casefold.
words = ["hello World", "ÉCOLE élève", "straße", "they're bill's friends", "hELLO 123abc", ""]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()))
    print(repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ǅ".lower(), "ǆ".upper(), "ǆ".title())
