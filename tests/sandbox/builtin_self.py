# Builtin functions must not expose __self__ (in CPython it is the builtins module: open, __import__...).
# This path is not in the list of names; delete the file if Garter decides otherwise.
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


probe(lambda: print.__self__.__import__)
probe(lambda: len.__self__.__dict__)
probe(lambda: getattr(abs, "__self__").open)
