# raise with a class, an instance, and in expressions.
for thing in (ValueError, ValueError("inst"), KeyError):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
def fail(msg):
    raise RuntimeError(msg)
try:
    x = 1 if False else fail("conditional")
except RuntimeError as e:
    print("RuntimeError:", e)
