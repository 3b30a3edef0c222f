# type(x) returns the class; classes are instances of type.
class Foo:
    pass


class Bar(Foo):
    pass


f, b = Foo(), Bar()
print(type(f) is Foo, type(b) is Foo, type(b) is Bar)
print(type(f).__name__, type(b).__name__)
print(type(Foo) is type, type(type) is type, type(object) is type)
print(repr(Foo), repr(Bar), repr(type(b)))
print(str(Foo), Foo.__module__, type(f).__module__)
same = type(b)()
print(type(same).__name__, isinstance(same, Foo))
print([type(x).__name__ for x in (1, "s", None, f, Foo, [], len)])
