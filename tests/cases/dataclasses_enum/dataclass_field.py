# field(): default_factory, repr=False, compare=False, init=False, and the mutable-default error.
from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)
    cached_total: float = field(default=0.0, compare=False)
    status: str = field(init=False, default="new")


o1 = Order(1)
o2 = Order(1, note="hidden", cached_total=9.5)
o1.items.append("apple")
print(o1, o2, Order(3).items is Order(3).items)
print(o1 == o2, Order(1) == Order(1, cached_total=2.0), o2.note, o2.status)
try:
    Order(1, [], "", 0.0, "shipped")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
