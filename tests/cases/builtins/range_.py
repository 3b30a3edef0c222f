# range builtin quick checks.
print(list(range(3)), list(range(1, 4)), list(range(6, 0, -2)), len(range(100)), range(3)[-1])
