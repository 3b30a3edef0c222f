# __setattr__ and __delattr__ intercept assignment and deletion, delegating to object's versions.
class Audited:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def __setattr__(self, attr, value):
        print(f"  set {attr}={value!r}")
        if attr == "count" and value < 0:
            raise ValueError("count cannot be negative")
        object.__setattr__(self, attr, value)

    def __delattr__(self, attr):
        print(f"  del {attr}")
        if attr == "name":
            raise AttributeError("name is required")
        super().__delattr__(attr)


a = Audited("box")
a.count += 2
setattr(a, "extra", [1])
print(a.name, a.count, a.extra)
try:
    a.count = -1
except ValueError as e:
    print("ValueError:", e)
del a.extra
print(hasattr(a, "extra"))
try:
    del a.name
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    def __init__(self, value):
        object.__setattr__(self, "value", value)

    def __setattr__(self, attr, value):
        raise AttributeError(f"{type(self).__name__} is read-only")


r = ReadOnly(5)
try:
    r.value = 6
except AttributeError as e:
    print("AttributeError:", e, r.value)
