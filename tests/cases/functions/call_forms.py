# Combinations of positional, keyword, * and ** arguments.
def f(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, kw)
print(f(1, 2))
print(f(1, 2, 5, 6, 7, d=8, e=9))
print(f(*[1, 2], **{"c": 0, "x": 1}))
print(f(1, *(2, 3), *[4], d=0, **{"y": 2}, z=3))
print(f(b=1, a=2))
