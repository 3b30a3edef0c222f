# Edge cases with starred assignment.
*a, = []
print(a)
a, *b = "x"
print(a, b)
*a, b, c = 1, 2
print(a, b, c)
[*a] = range(3)
print(a)
