# map with several iterables stops at the shortest.
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(lambda *a: sum(a), range(3), range(3), range(3))))
