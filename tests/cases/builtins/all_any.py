# all and any with short-circuiting.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(range(0)), all([x > 0 for x in [1, 2]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(map(check, [0, 1, 2, 3])), calls)
calls.clear()
print(all(map(check, [1, 0, 2])), calls)
