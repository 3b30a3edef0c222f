# Generators: lazy production, return values, next() with defaults, StopIteration.value.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(5)), sum(count(10)), [x * 2 for x in count(3)])
g = count(2)
print(next(g), next(g), next(g, "dflt"), next(g, None))
try:
    next(count(0))
except StopIteration as e:
    print("stop", e.value, e.args)
print(type(count(1)).__name__, count.__name__)
a, b, c = count(3)
print(a, b, c, *count(2))
print(max(count(5)), min((x for x in [3, 1, 2]), key=lambda x: -x),
      tuple(map(lambda x: x + 1, count(3))))
print(dict(zip("abc", count(3))), sorted(count(4), key=lambda x: -x))
first, *rest = count(4)
print(first, rest)
