# Builtin classes like int(x) and str(s) match by isinstance and bind the whole subject.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([]) | tuple(()):
            return "empty sequence"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case dict():
            return "other dict"
        case _:
            return f"unknown {type(v).__name__}"


for v in (True, -3, 7, 1.5, "", "hi", [], (), [9, 8], {"k": 1}, {"z": 0}, None, {1, 2}):
    print(kind(v))
