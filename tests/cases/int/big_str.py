# str() and repr() of big ints and round trips through int().
n = 7 ** 300
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n, repr(n) == s)
m = -int("9" * 200)
print(str(m)[:10], len(str(m)), m + 1 == -int("9" * 199 + "8"))
print(str(10 ** 100))
