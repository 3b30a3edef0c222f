# Return values: implicit None, multiple values, early returns.
def nothing():
    pass
def explicit_none():
    return
def many():
    return 1, "two", [3]
print(nothing(), explicit_none(), many())
a, b, c = many()
print(a, b, c)
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in (-3, 0, 5)])
