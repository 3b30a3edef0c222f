# getattr/setattr/hasattr/delattr with computed names on instances and classes.
class Record:
    pass


r = Record()
for name, value in [("alpha", 1), ("beta", 2), ("gamma", 3)]:
    setattr(r, name, value * 10)
print(r.alpha, getattr(r, "beta"), [getattr(r, n) for n in ("gamma", "alpha")])
print(hasattr(r, "beta"), hasattr(r, "delta"), getattr(r, "delta", None))
delattr(r, "beta")
print(hasattr(r, "beta"))
setattr(Record, "shared", "on class")
print(r.shared, Record().shared)
method = getattr("text", "upper")
print(method())
try:
    delattr(r, "beta")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
