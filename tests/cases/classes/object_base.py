# Every class derives from object; object() itself is a bare instance without a __dict__.
class Plain:
    pass


class Explicit(object):
    pass


print(Plain.__bases__ == (object,), Explicit.__bases__ == (object,), object.__bases__)
print([c.__name__ for c in Plain.__mro__], [c.__name__ for c in object.__mro__])
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
p = Plain()
p.x = 1
print(p.x, isinstance(p, object), issubclass(Plain, object))
print(str(Plain.__init__ is object.__init__), Plain.__eq__ is object.__eq__)
