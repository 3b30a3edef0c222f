# assert with and without message, caught.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 3
    assert x > 5, f"x too small: {x}"
except AssertionError as e:
    print(e)
