# super() inside classmethods, properties and methods with explicit two-argument form.
class Base:
    registry = []

    @classmethod
    def create(cls, value):
        obj = cls()
        obj.value = value
        Base.registry.append(cls.__name__)
        return obj

    @property
    def label(self):
        return "base"

    def show(self):
        return "Base.show"


class Child(Base):
    @classmethod
    def create(cls, value):
        obj = super().create(value * 2)
        obj.extra = True
        return obj

    @property
    def label(self):
        return "child<" + super().label + ">"

    def show(self):
        return "Child.show+" + super(Child, self).show()


c = Child.create(21)
print(type(c).__name__, c.value, c.extra, c.label, c.show())
b = Base.create(1)
print(type(b).__name__, b.value, b.label, Base.registry)
