# Unterminated string with a single quote inside a function.
def f():
    return 'oops
