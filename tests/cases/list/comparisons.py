# List comparisons are lexicographic.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]])
print([1, 2] == [1.0, 2.0], ["a"] < ["b"], [[1, 2]] < [[1, 3]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
