# Negative steps on lists, strings and tuples.
lst = list(range(10))
s = "0123456789"
t = tuple(lst)
for sl in [slice(None, None, -1), slice(8, 2, -2), slice(-2, None, -3), slice(None, 4, -1), slice(3, 8, -1)]:
    print(sl, lst[sl], s[sl], t[sl])
