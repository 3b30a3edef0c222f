# Catching several types with a tuple, and handler order.
def trigger(kind):
    if kind == "v":
        raise ValueError("v")
    if kind == "t":
        raise TypeError("t")
    if kind == "k":
        raise KeyError("k")
    return "ok"
for kind in "vtkx":
    try:
        print(trigger(kind))
    except (ValueError, TypeError) as e:
        print("value/type:", e)
    except LookupError as e:
        print("lookup:", repr(e))
errors = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except errors as e:
    print("via variable:", e)
