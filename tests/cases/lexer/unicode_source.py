# Non-ASCII characters in string literals and comments: ñ, ü, 中文.
s = "naïve café — 日本語 🐍"
print(s)
print(len(s))
print(s[0], s[-1], s[13:16])
print("ß".upper(), "Ǆ".lower())
print(repr("é\u0301"))
