# len and indexing of ranges.
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], list(r))
print(len(range(10, 0, -3)), range(10, 0, -3)[-1], len(range(5, 5)), len(range(-5)))
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12))
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big)
