# __name__ and __qualname__ of classes, nested classes, methods and classes made inside functions.
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

    def method(self):
        pass


def factory():
    class Local:
        def m(self):
            pass
    return Local


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
L = factory()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(repr(Outer.Inner))
print(Outer().method.__qualname__)
