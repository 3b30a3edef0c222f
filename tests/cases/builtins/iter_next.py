# iter and next, with defaults.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
