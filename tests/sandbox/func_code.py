# Functions must not expose __code__ (code objects can be inspected and rebuilt into new functions).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def plain(a, b=2):
    return a + b


def gen():
    yield 1


probe(lambda: plain.__code__)
probe(lambda: plain.__code__.co_consts)
probe(lambda: (lambda: 0).__code__)
probe(lambda: gen.__code__)
probe(lambda: getattr(plain, "__co" + "de__"))
print("blocked" if not hasattr(plain, "__code__") else "reachable")
