# frozen=True makes instances immutable (FrozenInstanceError) and hashable.
from dataclasses import FrozenInstanceError, dataclass, replace


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(59.9, 10.7)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
seen = {c: "oslo", Coord(48.9, 2.35): "paris"}
print(seen[Coord(59.9, 10.7)], len({c, Coord(59.9, 10.7)}), hash(c) == hash(Coord(59.9, 10.7)))
moved = replace(c, lon=11.0)
print(moved, c)
try:
    @dataclass
    class Thawed(Coord):
        alt: float = 0
except TypeError as e:
    print("TypeError:", e)
