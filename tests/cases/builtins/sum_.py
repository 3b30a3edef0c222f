# sum with start values.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1] * 3), sum(range(101)), sum([True, True]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1, 2.5]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
