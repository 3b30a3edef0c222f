# Large and negative ranges.
r = range(-1000, 1000, 37)
print(len(r), r[0], r[-1], sum(r), r.index(-1000 + 37 * 10))
print(list(range(10 ** 12, 10 ** 12 + 3)), len(range(-(10 ** 30), 10 ** 30, 10 ** 29)))
print(list(range(5, -6, -5)), range(0, 100, 7)[3:6])
