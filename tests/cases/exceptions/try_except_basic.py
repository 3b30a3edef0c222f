# Basic try/except with specific handlers.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
print(parse("12"), parse("x"))
try:
    [][0]
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class caught", type(e).__name__, e)
try:
    1 / 0
except Exception as e:
    print("Exception caught", type(e).__name__)
