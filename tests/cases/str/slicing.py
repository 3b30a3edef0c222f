# Slicing strings with steps and negative indices.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[-1:-4:-1], s[2:-2:3], s[::3])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
