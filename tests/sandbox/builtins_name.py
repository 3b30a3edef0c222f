# The name __builtins__ must not resolve anywhere: module level, functions, classes, comprehensions.
def probe_name(get):
    try:
        get()
    except NameError:
        print("blocked")
    else:
        print("reachable")


def in_function():
    return __builtins__


probe_name(lambda: __builtins__)
probe_name(in_function)
probe_name(lambda: [b for b in [__builtins__]])
probe_name(lambda: [0 for _ in range(1) if __builtins__])
try:
    class InBody:
        ref = __builtins__
    print("reachable")
except NameError:
    print("blocked")
try:
    __builtins__
    print("reachable")
except NameError:
    print("blocked")
