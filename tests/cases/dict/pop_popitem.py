# pop with and without default, popitem order.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
