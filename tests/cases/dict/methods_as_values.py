# Bound dict methods used as functions.
d = {"x": 3, "y": 1, "z": 2}
getter = d.get
print(sorted(d, key=getter), [getter(k, 0) for k in "xyw"])
print(max(d, key=d.__getitem__), min(d.items(), key=lambda kv: kv[1]))
setter = d.__setitem__
setter("w", 9)
print(d)
