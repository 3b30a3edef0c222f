# Several context managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else "-")


with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
with (
    CM("x") as x,
    CM("y") as y,
):
    print("parenthesised", x, y)
try:
    with CM("p"), CM("q"):
        raise RuntimeError("inside")
except RuntimeError as e:
    print("caught", e)
