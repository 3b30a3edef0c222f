# Infinite generators consumed with explicit early exits and a hand-written take().
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def cycle(seq):
    while True:
        yield from seq


print(take(10, fib()), take(5, naturals(100)), take(10, primes()))
print(take(7, cycle("ab")), take(0, fib()))
for f in fib():
    if f > 1000:
        print("first fib over 1000:", f)
        break
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(next(p for p in primes() if p > 100))
