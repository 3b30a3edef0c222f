# An exception raised in a handler records __context__.
try:
    try:
        [].pop()
    except IndexError:
        {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
    ctx = e.__context__
    print("context:", type(ctx).__name__, ctx)
    print("cause:", e.__cause__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__context__, e.__cause__)
