# Ranges compare by the sequence they describe.
print(range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == range(0, 3))
print(range(1, 2) == range(1, 3, 5), range(3) != range(4), range(3) == [0, 1, 2])
print(bool(range(0)), bool(range(1)), list(range(3)) == [0, 1, 2])
