# Integer loops: sieve of Eratosthenes plus Collatz chain lengths.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(limit + 1) if flags[i]]


def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


primes = sieve(600000)
best, best_len = 1, 1
for n in range(1, 60000):
    length = collatz_len(n)
    if length > best_len:
        best, best_len = n, length
print(len(primes), primes[-1], sum(primes) % 1000003, best, best_len)
