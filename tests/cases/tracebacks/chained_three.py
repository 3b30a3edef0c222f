# Three chained exceptions in one traceback.
def step():
    try:
        try:
            [].pop()
        except IndexError:
            {}["k"]
    except KeyError as e:
        raise RuntimeError("giving up") from e
step()
