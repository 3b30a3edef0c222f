# Tuples as dict keys and set elements.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid[1, 0], (0, 0) in grid, len(grid))
print(sorted(grid)[:3])
seen = {(1, 2), (2, 1), (1, 2)}
print(sorted(seen))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)))
try:
    {([1], 2): "x"}
except TypeError as e:
    print("TypeError:", e)
