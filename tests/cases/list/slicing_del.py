# del with indices and slices.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
b = list(range(10))
del b[::-3]
print(b)
try:
    del b[50]
except IndexError as e:
    print("IndexError:", e)
