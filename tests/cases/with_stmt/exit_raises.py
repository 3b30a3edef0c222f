# An exception raised by __exit__ replaces the one from the body, which becomes its __context__.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed while handling {exc_type.__name__ if exc_type else None}")


try:
    with Faulty():
        raise ValueError("body error")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    with Faulty():
        pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
