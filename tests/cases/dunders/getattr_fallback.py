# __getattr__ runs only when normal lookup fails; it can synthesise attributes or raise AttributeError.
class Config:
    defaults = {"colour": "blue", "size": 10}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name in self.overrides:
            return self.overrides[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config(size=3)
print(c.size, c.colour)
print(c.overrides)
c.size = 99
print(c.size)
print(getattr(c, "shape", "fallback"), hasattr(c, "colour"), hasattr(c, "shape"))
try:
    c.shape
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
