# Comprehensions can read enclosing function variables.
def scale_all(values, factor):
    return [v * factor for v in values]
def pairs_with(base, items):
    return {item: base + item for item in items}
print(scale_all([1, 2, 3], 10), pairs_with(100, [1, 2]))
def nested(n):
    offset = 5
    return [[offset + i + j for j in range(n)] for i in range(n)]
print(nested(2))
