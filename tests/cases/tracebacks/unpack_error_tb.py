# An unpacking error at module level.
point = (1, 2, 3)
x, y = point
