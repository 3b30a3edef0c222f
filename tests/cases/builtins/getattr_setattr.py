# getattr, hasattr on builtin objects; setattr on a function.
up = getattr(str, "upper")
print(up("abc"), getattr("abc", "upper")(), getattr(5, "real"), getattr(2.5, "imag"))
print(getattr([], "nope", "default"), hasattr("", "join"), hasattr(5, "join"), hasattr(None, "x"))
try:
    getattr(5, "nope")
except AttributeError as e:
    print("AttributeError:", e)
def f():
    return 1
setattr(f, "tag", "marked")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"), getattr(f, "__name__"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
