# typing.NamedTuple with defaults and methods, and TypedDict instances that are plain dicts.
from typing import List, NamedTuple, TypedDict


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist2(self) -> int:
        return self.x ** 2 + self.y ** 2


class Movie(TypedDict):
    title: str
    year: int


class Catalog(TypedDict, total=False):
    movies: List[Movie]


p = Point(3)
print(p, p.dist2(), Point(3, 4).dist2(), Point._fields, p._asdict(), isinstance(p, tuple))
m: Movie = {"title": "Alien", "year": 1979}
c = Catalog(movies=[m])
print(m, type(m).__name__, c["movies"][0]["year"], type(c) is dict)
print(Movie(title="Heat", year=1995), sorted(Movie.__annotations__))
print(Catalog.__total__, Movie.__total__, sorted(Movie.__required_keys__))
