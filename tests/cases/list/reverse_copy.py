# reverse, copy, and shallow copies.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = list(a)
a.reverse()
print(a, b, c, d)
b[1].append(99)
print(a, c, d)
print(b is a, b == c, b[1] is a[1])
