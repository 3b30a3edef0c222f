# Named set methods accept any iterable.
a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,))), sorted(a.intersection(range(2, 10))))
print(sorted(a.difference([1], {2})), sorted(a.symmetric_difference([3, 4])))
print(a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint({3}))
b = a.copy()
b.update([10], {11})
print(sorted(b), sorted(a))
b.intersection_update(range(4, 12))
print(sorted(b))
b.difference_update([10])
print(sorted(b))
b.symmetric_difference_update({11, 12})
print(sorted(b))
