# Alternative constructors as classmethods build instances of the subclass they are called on.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


class Birthday(Date):
    def __init__(self, y, m, d, who="?"):
        super().__init__(y, m, d)
        self.who = who


print(Date.parse("2024-02-29"), Date.epoch())
b = Birthday.parse("1815-12-10")
print(b, b.who, isinstance(b, Birthday))
print(sorted([Date.parse("2020-1-5"), Date.parse("2019-12-31"), Date.epoch()], key=lambda x: (x.y, x.m, x.d)))
