# Reading slices with steps and negative indices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[::-3])
print(a[8:2:-2], a[-1:-5:-1], a[5:100], a[100:], a[-100:2], a[3:3])
print(a[1:-1:4], a[slice(2, 8, 2)], a[slice(None, None, -5)])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
