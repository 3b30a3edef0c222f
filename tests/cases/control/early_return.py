# return inside loops exits the function.
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
