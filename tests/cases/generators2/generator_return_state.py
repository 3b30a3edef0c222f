# Generator return values, exhaustion, re-iteration of an exhausted generator, and running twice.
def summarise(items):
    count = 0
    for x in items:
        count += 1
        yield x * 2
    return f"{count} items"


g = summarise([1, 2, 3])
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print(out, "returned", repr(e.value))
        break
print(list(g), next(g, "exhausted"))


def collect(gen):
    result = yield from gen
    yield result


print(list(collect(summarise("ab"))))


def recursive_gen():
    yield 1
    yield from g_self


g_self = recursive_gen()
next(g_self)
try:
    next(g_self)
except ValueError as e:
    print("ValueError:", e)
