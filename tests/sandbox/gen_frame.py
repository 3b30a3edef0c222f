# Generators must not expose gi_frame or gi_code (a frame leads to f_globals, f_back and f_builtins).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def numbers():
    yield 1
    yield 2


g = numbers()
probe(lambda: g.gi_frame)
next(g)
probe(lambda: g.gi_frame)
probe(lambda: g.gi_code)
probe(lambda: (x for x in range(3)).gi_frame)
probe(lambda: (x for x in range(3)).gi_code)
list(g)
probe(lambda: g.gi_frame)
print("blocked" if not hasattr(g, "gi_frame") else "reachable")
