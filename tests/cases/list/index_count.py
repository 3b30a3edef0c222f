# index and count with start/stop.
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -2), a.count(2), a.count(9))
print([[1], [1]].count([1]), [1, 1.0, True].count(1), ["a", "A"].count("a"))
try:
    a.index(2, 0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("x")
except ValueError as e:
    print("ValueError:", e)
