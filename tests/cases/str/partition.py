# partition and rpartition.
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("#"), s.rpartition("#"))
print("".partition("x"), "abc".partition("abc"))
print("a.b.c".rpartition(".")[0], "http://x.org/p".partition("://")[2])
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
