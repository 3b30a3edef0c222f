# keys/values/items views are live.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
del d["a"]
print(list(k), list(reversed(k)), list(reversed(i)))
