# Functions returning tuples and swapping.
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
result = stats([1, 2])
print(result, result[2])
def divmod2(a, b):
    return a // b, a % b
print(divmod2(17, 5), divmod2(-17, 5))
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
