# isinstance checks drive dispatch in plain functions.
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, (list, tuple)):
        return f"seq[{len(v)}]"
    if isinstance(v, dict):
        return "map"
    return type(v).__name__
print([describe(v) for v in [True, 3, [1, 2], (1,), {}, "s", None, 2.0]])
