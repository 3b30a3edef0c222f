# Operations that return bools versus ints.
print(type(3 > 2).__name__, type(3 + 2).__name__, type(3 == 3.0).__name__)
x = 5
print(x == 5, x is not None, 7 in [7])
print(sum([v > 2 for v in [1, 2, 3, 4]]))
print(True + True + True, (3 > 2) * 10)
