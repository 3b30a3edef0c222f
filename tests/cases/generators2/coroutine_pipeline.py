# A push pipeline of coroutines: source sends into filter, broadcast and sink stages.
def coroutine(fn):
    def start(*args):
        c = fn(*args)
        next(c)
        return c
    return start


@coroutine
def sink(name, log):
    try:
        while True:
            item = yield
            log.append(f"{name}:{item}")
    finally:
        log.append(f"{name} closed")


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()


@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()


log = []
pipeline = broadcast([grep("py", sink("A", log)), grep("c", sink("B", log)), sink("all", log)])
for line in ["python", "c code", "java", "cpython"]:
    pipeline.send(line)
pipeline.close()
for entry in log:
    print(entry)
