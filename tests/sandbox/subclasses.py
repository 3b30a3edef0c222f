# No class may expose __subclasses__ (the classic route from () or "" to every loaded class).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


class Base:
    pass


class Child(Base):
    pass


probe(lambda: object.__subclasses__())
probe(lambda: ().__class__.__base__.__subclasses__())
probe(lambda: "".__class__.__mro__[-1].__subclasses__())
probe(lambda: [].__class__.__bases__[0].__subclasses__())
probe(lambda: type.__subclasses__(object))
probe(lambda: int.__subclasses__())
probe(lambda: Exception.__subclasses__())
probe(lambda: Base.__subclasses__())
probe(lambda: getattr(object, "__subcla" + "sses__"))
print("blocked" if not hasattr(object, "__subclasses__") else "reachable")
