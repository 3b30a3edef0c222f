# Argument errors for user functions.
def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a
tests = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=3),
         lambda: f(1, 2, a=1), lambda: g(1), lambda: g(1, 2, 3, c=1), lambda: g(c=1),
         lambda: g(1, c=1, d=2), lambda: (lambda x: x)(), lambda: f(*[1, 2, 3])]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
