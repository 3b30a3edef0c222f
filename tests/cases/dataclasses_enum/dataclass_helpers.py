# asdict/astuple (recursive), replace() and fields() on dataclass instances.
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list = field(default_factory=list)


p = Person("ann", 30, Address("Oslo"), ["admin"])
print(asdict(p))
print(astuple(p))
older = replace(p, age=31)
print(older, older.address is p.address, p.age)
print([f.name for f in fields(p)], [f.type.__name__ for f in fields(Person)][:2])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1))
try:
    replace(p, height=2)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)
