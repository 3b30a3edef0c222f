# Truncation and floor/ceil without the math module.
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
def ceil(x):
    i = int(x)
    return i + 1 if x > i else i
for x in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e15 + 0.5]:
    print(x, int(x), floor(x), ceil(x), x // 1)
