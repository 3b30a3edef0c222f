# tuple.count and tuple.index.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print(len(t), 3 in t, 9 not in t, min(t), max(t), sum(t))
