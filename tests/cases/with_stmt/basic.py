# A with statement calls __enter__, binds its result with `as`, then always calls __exit__.
class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return f"<{self.name} handle>"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with Managed("a") as h:
    print("body with", h)
print("after")
with Managed("b"):
    print("no target")


class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args count", len(args))


with ReturnsSelf() as r:
    print(type(r).__name__)
