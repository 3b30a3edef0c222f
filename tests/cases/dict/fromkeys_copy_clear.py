# fromkeys, copy and clear.
d = dict.fromkeys(["x", "y", "z"])
print(d, dict.fromkeys("ab", 0), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
orig = {"k": [1, 2], "n": 5}
c = orig.copy()
c["k"].append(3)
c["n"] = 6
print(orig, c)
c.clear()
print(c, orig)
