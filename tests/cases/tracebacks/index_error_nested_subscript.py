# IndexError in a nested subscript expression.
grid = [[1, 2], [3, 4]]
def cell(r, c):
    return grid[r][c]
print(cell(1, 1))
cell(1, 5)
