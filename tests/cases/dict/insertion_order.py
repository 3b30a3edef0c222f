# Dicts preserve insertion order; updating keeps position, re-inserting moves to end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d.keys()))
print({3: "c", 1: "a", 2: "b"})
