# Nested lists and indexing through them.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1], [row[0] for row in m])
m[0][1] = 20
print(m)
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), str(deep))
flat = []
for row in m:
    flat.extend(row)
print(flat, sum(flat))
