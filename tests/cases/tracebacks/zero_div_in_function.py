# Uncaught ZeroDivisionError inside a function call.
def ratio(a, b):
    x = a / b
    return x
print(ratio(6, 3))
ratio(1, 0)
