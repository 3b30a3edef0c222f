# A true return value from __exit__ suppresses the exception; a false one lets it propagate.
class Suppress:
    def __init__(self, *types, result=True):
        self.types = types
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return self.result
        return None


with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("never")
print("suppressed:", s.caught)
with Suppress(LookupError, result="yes"):
    {}["missing"]
print("truthy string also suppresses")
for result in (0, "", None, []):
    try:
        with Suppress(ValueError, result=result):
            raise ValueError(f"result={result!r}")
    except ValueError as e:
        print("propagated:", e)
try:
    with Suppress(KeyError):
        raise TypeError("other type")
except TypeError as e:
    print("not matching, propagated:", e)
