# del statements call __delitem__ and __delattr__ on user objects.
class Store:
    def __init__(self):
        self.data = {"a": 1, "b": 2}

    def __delitem__(self, key):
        print("__delitem__", repr(key))
        del self.data[key]

    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)


s = Store()
del s["a"]
print(s.data)
del s["b"]
s.extra = 5
del s.extra
print(s.data, hasattr(s, "extra"))
try:
    del s["zzz"]
except KeyError as e:
    print("KeyError:", e)


class NoDel:
    def __getitem__(self, key):
        return key


try:
    del NoDel()[0]
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)
