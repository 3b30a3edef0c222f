# Equal numbers are one set element.
s = {1, 1.0, True}
print(len(s), s)
t = {0, False, 0.0, -0.0}
print(len(t), t)
print(1 in {1.0}, 2.0 in {2}, sorted({1, 2.5, 2, 0.5}))
