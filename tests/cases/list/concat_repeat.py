# + and * on lists.
a = [1, 2]
b = a + [3]
c = a * 3
print(a, b, c, [0] * 0, [0] * -2, 2 * ["x"])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
