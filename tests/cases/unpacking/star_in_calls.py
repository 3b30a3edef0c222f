# * and ** in function calls.
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2, 3, 4]
kwargs = {"x": 9}
print(f(*args), f(*args, **kwargs), f(*[1], *[2]), f(1, *(), 2))
print(f(**{"a": 1, "b": 2}), f(*"ab", **{"c": "C"}))
print(max(*[3, 7, 5]), "-".join([*map(str, range(3))]))
def g(*a, **k):
    return len(a), sorted(k)
print(g(*range(10), **{"p": 1}, q=2))
