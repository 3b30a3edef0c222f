# Tuples of ints in sets and as sort keys.
visited = set()
for step in [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0), (2, 1)]:
    visited.add(step)
print(len(visited), sorted(visited))
print((1, 1) in visited, (3, 3) in visited)
print(sorted(visited, key=lambda p: (-p[1], p[0])))
