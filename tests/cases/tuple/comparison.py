# Tuple comparisons are lexicographic.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99))
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3)]), min((5, 1), (5, 0)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
