# del on list indexes and dict keys, with the IndexError/KeyError/TypeError messages.
nums = [10, 20, 30, 40]
del nums[1]
del nums[-1]
print(nums)
try:
    del nums[5]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1, "b": 2, (1, 2): "tuple key"}
del d["a"], d[1, 2]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
grid = [[1, 2], [3, 4]]
del grid[0][1]
print(grid)
for target in ("text", (1, 2), frozenset([1])):
    try:
        del target[0]
    except TypeError as e:
        print("TypeError:", e)
try:
    del nums["0"]
except TypeError as e:
    print("TypeError:", e)
