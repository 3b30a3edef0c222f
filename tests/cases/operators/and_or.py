# and/or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" and "y", None or 0, [] and 5)
print(None or [] or {} or "last")
print(1 and 2 and 3, 1 and 0 and 3)
def side(x):
    print("called", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(not 0, not 1, not [], not [0])
print(True and None, False or None)
