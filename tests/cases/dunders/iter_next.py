# A user iterator class drives for loops, list(), sum(), zip(), unpacking and next() with defaults.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("tick", n)
print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(7)))
print(list(zip(Countdown(3), "abc")), sorted(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
it = Countdown(1)
print(next(it), next(it, "done"), next(it, "still done"))
print([x * x for x in Countdown(4)], dict(enumerate(Countdown(2))))
print(", ".join(str(n) for n in Countdown(3)), any(n == 2 for n in Countdown(3)))
