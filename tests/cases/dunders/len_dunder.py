# len() calls __len__ and checks the result.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(5)), len(Sized(0)), len(Sized(True)))
for n in (-1, "3", 2.0, 2 ** 70):
    try:
        print(len(Sized(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
