# The right side is fully evaluated before any target is assigned.
a = [1, 2, 3]
i = 0
i, a[i] = 2, "x"
print(i, a)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
n, m = 1, 2
n, m = m, n + m
print(n, m)
