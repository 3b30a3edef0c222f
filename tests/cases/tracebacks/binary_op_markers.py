# Markers under a failing binary operation in a longer expression.
def combine(a, b, c):
    return a * 2 + b - c
print(combine(1, 2, 3))
combine(1, "two", 3)
