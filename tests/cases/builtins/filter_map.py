# filter and map are lazy iterators.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
