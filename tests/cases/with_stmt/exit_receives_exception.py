# __exit__ receives the exception type, the instance and a traceback (None when no exception).
class Inspector:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit:", exc, tb)
        else:
            print("exit got", exc_type.__name__, repr(exc), tb is not None,
                  isinstance(exc, exc_type), exc.__traceback__ is tb)
        return True


with Inspector():
    pass
with Inspector():
    raise KeyError("k")
with Inspector():
    1 / 0
with Inspector():
    int("x")


class Custom(Exception):
    pass


with Inspector():
    raise Custom("mine", 2)
