# reversed() uses __reversed__, else the __len__ + __getitem__ sequence protocol.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        print("  __reversed__")
        return iter(self.cards[::-1])


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10


print(list(reversed(Deck([1, 2, 3]))))
print(list(reversed(Seq())), list(Seq()))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
