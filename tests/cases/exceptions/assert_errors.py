# AssertionError args and messages.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0, x
    return x
for v in (5, "s", -3):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
