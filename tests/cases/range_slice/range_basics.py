# range with one, two and three arguments.
print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(-1, -10, -4)))
print(range(5), range(1, 5), range(1, 10, 2), repr(range(0, -5, -1)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
