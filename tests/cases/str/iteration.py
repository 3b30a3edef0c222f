# Iterating over strings.
for ch in "héllo":
    print(ch, end=".")
print()
print(list("abc"), tuple("xy"), sorted("banana"))
print([c.upper() for c in "abc" if c != "b"])
total = 0
for d in "12345":
    total += int(d)
print(total)
print(list(enumerate("ab")), list(reversed("abc")))
