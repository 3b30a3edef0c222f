# __enter__ and __exit__ are looked up on the class; their return values matter.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Resource("db") as handle:
    print("using", handle)
with Resource("cache"):
    raise KeyError("swallowed")
try:
    with Resource("net"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
r = Resource("inst")
r.__enter__ = lambda: "instance attr ignored"
with r as got:
    print("got", got)
