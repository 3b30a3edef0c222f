# An uncaught user exception raised `from` another prints both tracebacks.
class LoaderError(Exception):
    pass


def load(record):
    try:
        return record["id"]
    except KeyError as e:
        raise LoaderError("record has no id") from e


print(load({"id": 1}))
load({"name": "x"})
