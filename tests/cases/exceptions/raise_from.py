# raise ... from ... sets __cause__.
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ValueError(f"bad key {key!r}") from e
try:
    load("z")
except ValueError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
