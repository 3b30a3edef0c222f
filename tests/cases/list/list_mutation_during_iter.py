# Mutating a list while iterating over a copy or indices.
a = [1, 2, 3, 4, 5, 6]
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4]
i = 0
while i < len(b):
    if b[i] % 2:
        del b[i]
    else:
        i += 1
print(b)
c = [1, 2, 3]
for x in c:
    if len(c) < 6:
        c.append(x * 10)
print(c)
