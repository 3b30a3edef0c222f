# If __enter__ raises, its __exit__ is not called, but managers already entered are exited.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


try:
    with CM("first", fail_enter=True):
        print("body not run")
except OSError as e:
    print("caught", e)
try:
    with CM("ok"), CM("bad", fail_enter=True), CM("never"):
        print("body not run")
except OSError as e:
    print("caught", e)


class NotAManager:
    pass


try:
    with NotAManager():
        pass
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
