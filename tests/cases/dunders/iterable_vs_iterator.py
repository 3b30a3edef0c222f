# An iterable whose __iter__ returns a fresh iterator can be looped over twice; an iterator cannot.
class Team:
    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        return TeamIterator(self.names)


class TeamIterator:
    def __init__(self, names):
        self.names = names
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.names):
            raise StopIteration
        self.i += 1
        return self.names[self.i - 1]


t = Team("ann", "bob", "cy")
print(list(t), list(t))
it = iter(t)
print(next(it), list(it), list(it))
print([(a, b) for a in t for b in t if a < b])
