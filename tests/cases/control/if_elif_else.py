# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 7, 42, 1000)])
x = 5
if x:
    print("truthy")
if not x:
    print("never")
else:
    print("else branch")
if x > 3:
    if x > 4:
        print("nested")
