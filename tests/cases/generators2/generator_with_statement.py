# A with block inside a generator stays open across yields and closes on exhaustion or close().
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else "")


def records(name, n):
    with Resource(name):
        for i in range(n):
            yield f"{name}[{i}]"


for r in records("full", 2):
    print("got", r)
g = records("partial", 5)
print("got", next(g))
g.close()
print("after close")
