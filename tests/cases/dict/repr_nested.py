# repr of nested dicts.
d = {"name": "x", "tags": ["a", "b"], "meta": {"n": 1, "inner": {"deep": (1, 2)}}, 3: None, 1.5: True}
print(d)
print(repr({}), str({"q": "it's"}), {"k": {"k": {}}})
r = {}
r["self"] = r
print(r)
