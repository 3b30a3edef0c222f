# Slicing tuples returns tuples.
t = tuple(range(8))
print(t[1:4], t[::2], t[::-1], t[-2:], t[:0], t[5:1:-2])
print(type(t[1:3]).__name__, t[2], t[-1])
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
