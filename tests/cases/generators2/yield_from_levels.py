# yield from across several levels passes values out, return values back, and send() through.
def level3():
    got = yield "l3-a"
    print("level3 got", got)
    yield "l3-b"
    return "r3"


def level2():
    r = yield from level3()
    print("level2 got return", r)
    got = yield "l2"
    print("level2 got", got)
    return "r2"


def level1():
    r = yield from level2()
    print("level1 got return", r)
    yield from ("t1", "t2")
    return "r1"


g = level1()
print(next(g))
print(g.send("hello"))
print(next(g))
print(g.send("world"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
