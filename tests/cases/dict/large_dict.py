# A larger dict survives many inserts and deletes.
d = {}
for i in range(10000):
    d[i * 7 % 10007] = i
for i in range(0, 10000, 3):
    del d[i * 7 % 10007]
print(len(d), d[7], sum(d.values()) % 1000003)
keys = list(d)
print(keys[:5], keys[-3:])
