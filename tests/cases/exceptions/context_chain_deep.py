# Walking a chain of __context__ links.
def chain():
    try:
        try:
            try:
                raise ValueError("one")
            except ValueError:
                raise KeyError("two")
        except KeyError:
            raise IndexError("three")
    except IndexError:
        raise RuntimeError("four")
try:
    chain()
except RuntimeError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur)
        cur = cur.__context__
