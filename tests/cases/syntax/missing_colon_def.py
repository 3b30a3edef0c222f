# A missing colon after def.
def f(a, b)
    return a + b
