# namedtuple defaults, _replace, _asdict, _make and subclassing with extra methods.
from collections import namedtuple

Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=["eng", 100])
e = Employee("ann")
print(e, Employee("bob", "ops"), Employee._field_defaults)
raise_e = e._replace(salary=150)
print(raise_e, e.salary, raise_e is e)
print(e._asdict(), dict(raise_e._asdict()))
print(Employee._make(["cy", "sales", 90]))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, v._replace(x=0))
try:
    e._replace(age=3)
except ValueError as err:
    print("ValueError:", err)
Rename = namedtuple("Rename", ["ok", "def", "ok"], rename=True)
print(Rename._fields)
