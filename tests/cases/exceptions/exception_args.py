# args, str and repr of exceptions.
excs = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
        IndexError(3), Exception("x", [1]), RuntimeError(""), TypeError(None)]
for e in excs:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file")
print(e.args, str(e))
