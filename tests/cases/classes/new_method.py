# __new__ creates the instance before __init__; returning another type skips __init__.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        obj = object.__new__(cls)
        obj.made_in_new = True
        return obj

    def __init__(self, x):
        print("Weird.__init__", x)
        self.x = x


w = Weird(3)
print(w.x, w.made_in_new)
print(Weird(-1))
