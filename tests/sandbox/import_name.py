# The builtin __import__ must not exist, so no host module can be loaded through it.
def probe_name(get):
    try:
        get()
    except NameError:
        print("blocked")
    else:
        print("reachable")


def in_function():
    return __import__("sys")


probe_name(lambda: __import__)
probe_name(lambda: __import__("os"))
probe_name(in_function)
probe_name(lambda: [f for f in [__import__]])
try:
    __import__("builtins")
    print("reachable")
except NameError:
    print("blocked")
