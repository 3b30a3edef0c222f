# Slicing a range gives a range.
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[-3:], r[5:1:-1], list(r[1:8:3]))
print(range(10)[::-2], list(range(10)[::-2]), range(5)[10:])
