# enumerate with start.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=-1)), list(enumerate(range(3), 10 ** 20))[-1])
e = enumerate("xy")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
