# del on slices, including steps, negative bounds and empty ranges, for list and bytearray.
data = list(range(10))
del data[2:4]
print(data)
del data[::3]
print(data)
del data[-2:]
print(data)
del data[5:1]
print(data)
del data[:]
print(data)
ba = bytearray(b"abcdefgh")
del ba[1::2]
print(ba)
del ba[:-1]
print(ba)
rev = list("abcdef")
del rev[::-2]
print(rev)
try:
    t = (1, 2, 3)
    del t[0:1]
except TypeError as e:
    print("TypeError:", e)
