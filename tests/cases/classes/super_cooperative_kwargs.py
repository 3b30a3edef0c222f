# Cooperative multiple inheritance: each __init__ takes its keyword and passes the rest on.
class Base:
    def __init__(self, **kwargs):
        print("Base leftover", sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Colored(Base):
    def __init__(self, color="grey", **kwargs):
        self.color = color
        super().__init__(**kwargs)


class Sized(Base):
    def __init__(self, size=0, **kwargs):
        self.size = size
        super().__init__(**kwargs)


class Widget(Named, Colored, Sized):
    pass


w = Widget(name="knob", color="red", size=3)
print(w.name, w.color, w.size)
v = Widget(name="dial", extra=1)
print(v.name, v.color, v.size)
print([c.__name__ for c in Widget.__mro__])
