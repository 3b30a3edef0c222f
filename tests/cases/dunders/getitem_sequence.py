# __getitem__ with integer indexes also gives iteration, `in`, and unpacking via IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


sq = Squares(5)
print(sq[0], sq[4], sq[-1])
print(list(sq), 9 in sq, 10 in sq, sum(sq))
a, b, *rest = sq
print(a, b, rest)
for i, v in enumerate(sq):
    print(i, v, end="; ")
print()
try:
    sq[5]
except IndexError as e:
    print("IndexError:", e)


class NotSubscriptable:
    pass


try:
    NotSubscriptable()[0]
except TypeError as e:
    print("TypeError:", e)
