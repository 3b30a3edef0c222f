# No route may reach a frame's f_back, f_globals, f_locals or f_builtins (caller frames and namespaces).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def gen():
    yield 1


def raising():
    raise RuntimeError("x")


g = gen()
next(g)
probe(lambda: g.gi_frame.f_back)
probe(lambda: g.gi_frame.f_globals)
probe(lambda: g.gi_frame.f_builtins)
try:
    raising()
except RuntimeError as e:
    err = e
probe(lambda: err.__traceback__.tb_next.tb_frame.f_back)
probe(lambda: err.__traceback__.tb_frame.f_locals)
