# Properties are inherited, overridden, and extended with a setter in a subclass.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @property
    def tag(self):
        return "base"


class Derived(Base):
    @property
    def tag(self):
        return "derived/" + super().tag

    @Base.value.setter
    def value(self, v):
        self._v = v * 100


b, d = Base(), Derived()
print(b.value, b.tag, d.value, d.tag)
d.value = 3
print(d.value)
try:
    b.value = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Derived.value is Base.value, Derived.value.fget is Base.value.fget)
