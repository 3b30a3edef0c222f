# Tracebacks must not expose tb_frame (the frame where an exception happened, with its globals).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def fail():
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    caught = e

probe(lambda: caught.__traceback__.tb_frame)
probe(lambda: caught.__traceback__.tb_next.tb_frame)


class Grab:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        probe(lambda: tb.tb_frame)
        return True


with Grab():
    fail()
try:
    {}["k"]
except KeyError as e:
    probe(lambda: e.__traceback__.tb_frame.f_globals)
