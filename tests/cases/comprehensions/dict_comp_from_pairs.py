# Dict comprehensions from zipped and enumerated data.
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({i: c for i, c in enumerate("xyz", 1)})
print({k: v for k, v in zip(keys, vals) if v != 2})
print({(k, v): k * v for k, v in zip(keys, vals)})
