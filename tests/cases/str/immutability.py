# Strings are immutable.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s
s += "d"
print(s, t)
print(s.upper(), s)
