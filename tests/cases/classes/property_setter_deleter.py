# property with getter, setter (validating) and deleter, plus the property() call form.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError("age must be >= 0")
        self._age = value

    @age.deleter
    def age(self):
        print("deleting age")
        del self._age

    def _get_name(self):
        return self._name.title()

    def _set_name(self, value):
        self._name = value.strip()

    name = property(_get_name, _set_name, doc="the name")


p = Person("  ada lovelace ", 36)
print(p.name, p.age)
p.age += 1
print(p.age)
try:
    p.age = -1
except ValueError as e:
    print("ValueError:", e)
print(p.age)
del p.age
print(hasattr(p, "_age"))
try:
    p.age
except AttributeError as e:
    print("AttributeError:", e)
print(Person.name.__doc__)
