# Nested with blocks: inner exits first; an inner manager that suppresses hides the error from outer.
depth = []


class Level:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        depth.append(self.name)
        print("  " * (len(depth) - 1) + "enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * (len(depth) - 1) + f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        depth.pop()
        return self.swallow


with Level("outer"):
    with Level("middle"):
        with Level("inner", swallow=True):
            raise ValueError("deep")
        print("  after inner, inside middle")
    with Level("sibling"):
        pass
try:
    with Level("a"):
        with Level("b"):
            raise KeyError("escapes")
except KeyError:
    print("caught at top", depth)
