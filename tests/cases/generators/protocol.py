# send, throw, close, yield from with a return value, and PEP 479.
def echo():
    got = None
    while True:
        got = yield got


g = echo()
next(g)
print(g.send(1), g.send("two"))
try:
    echo().send(5)
except TypeError as e:
    print("TypeError:", e)


def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = fin()
print(next(g))
g.close()
print("closed", list(g))


def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)


c = catcher()
next(c)
c.throw(ValueError("boom"))
print(c.throw(ValueError, "again"))


def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield "end"


print(list(outer()))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
