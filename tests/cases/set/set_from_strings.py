# Character sets from strings.
a = set("hello world")
b = set("lowered")
print(sorted(a), sorted(b))
print("".join(sorted(a & b)), "".join(sorted(a ^ b)), len(a | b))
vowels = frozenset("aeiou")
print(len([c for c in "programming language" if c in vowels]))
