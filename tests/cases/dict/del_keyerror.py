# del and KeyError messages.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
del d["a"]
print(d)
for key in ["a", 3, (1, 3), None, 1.5, ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
