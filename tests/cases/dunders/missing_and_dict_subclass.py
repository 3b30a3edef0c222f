# __missing__ on a dict subclass supplies values for absent keys in d[key] but not in get().
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", repr(key))
        value = self[key] = len(str(key))
        return value


d = Defaulting(a=1)
print(d["a"], d["hello"], d["hello"], d.get("zz"), "zz" in d)
print(d)


class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper()
u["x"] = 1
u["Y"] = 2
print(u, u["X"], u["y"])
