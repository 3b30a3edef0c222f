# Starred assignment targets.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (7, 8)
print(a)
first, *_, last = "abcdef"
print(first, last)
