# throw() delivers an exception at the paused yield (through yield from); close() raises GeneratorExit.
def worker(name):
    try:
        while True:
            try:
                job = yield
                print(f"{name} did {job}")
            except ValueError as e:
                print(f"{name} skipped bad job: {e}")
    except GeneratorExit:
        print(f"{name} shutting down")
        raise
    finally:
        print(f"{name} finally")


def manager():
    yield from worker("w1")


m = manager()
next(m)
m.send("job1")
m.throw(ValueError("job2 malformed"))
m.send("job3")
m.close()
print("closed; send now fails:")
try:
    m.send("job4")
except StopIteration:
    print("StopIteration")

w = worker("w2")
next(w)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
