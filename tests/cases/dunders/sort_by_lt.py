# sorted(), list.sort() and bisect-like logic need only __lt__; sorting is stable.
class Card:
    ORDER = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __lt__(self, other):
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Kh", "2s", "Ah", "Ts", "2h", "Kd", "5c"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
hand.sort()
print(hand)
print(min(hand), max(hand), sorted(hand, key=lambda c: c.suit))
print(Card("3s") > Card("2s"), Card("3s") < Card("2s"))
