# Truthiness in conditions and short-circuit guards.
items = [None, 0, "", "x", [], [0], {"a": 0}]
for it in items:
    if it:
        print(repr(it), "truthy")
    else:
        print(repr(it), "falsy")
d = {}
if "k" in d and d["k"] > 0:
    print("never")
else:
    print("guarded")
value = None
print(value is None or value > 3)
