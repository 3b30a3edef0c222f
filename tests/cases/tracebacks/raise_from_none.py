# raise ... from None hides the context in the traceback.
def first(items):
    try:
        return items[0]
    except IndexError:
        raise ValueError("empty input") from None
first([])
