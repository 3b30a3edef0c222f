# Methods (bound, via the class, static and class methods) must not lead to a function's __globals__.
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


class Thing:
    def method(self):
        return 1

    @staticmethod
    def static():
        return 2

    @classmethod
    def klass(cls):
        return 3


t = Thing()
probe(lambda: Thing.method.__globals__)
probe(lambda: t.method.__func__.__globals__)
probe(lambda: Thing.static.__globals__)
probe(lambda: Thing.klass.__func__.__globals__)
probe(lambda: type(t).__dict__["method"].__globals__)
