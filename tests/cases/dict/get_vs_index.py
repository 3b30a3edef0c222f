# Indexing vs get with falsy values stored.
d = {"zero": 0, "empty": "", "none": None}
for k in ["zero", "empty", "none", "missing"]:
    print(k, repr(d.get(k)), repr(d.get(k, "dflt")), k in d)
print(d["none"] is None, d.get("missing") is None)
