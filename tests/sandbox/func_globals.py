# Functions must not expose __globals__ (the module namespace, and through it __builtins__).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def plain():
    return 1


def outer():
    x = 1

    def inner():
        return x
    return inner


probe(lambda: plain.__globals__)
probe(lambda: (lambda: 0).__globals__)
probe(lambda: outer().__globals__)
probe(lambda: probe.__globals__["__builtins__"])
probe(lambda: getattr(plain, "__glob" + "als__"))
print("blocked" if not hasattr(plain, "__globals__") else "reachable")
print("blocked" if getattr(plain, "__globals__", None) is None else "reachable")
