# Set and dict comprehensions.
words = ["apple", "bob", "civic", "dad", "egg", "apple"]
print(sorted({w for w in words if w == w[::-1]}))
print({w: len(w) for w in words})
print({len(w) for w in words} == {3, 5})
print({i % 3: i for i in range(10)})
print(dict(sorted({v: k for k, v in enumerate("abca")}.items())))
