# Sets for membership tests in a loop.
primes = set()
for n in range(2, 2000):
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.add(n)
print(len(primes), 1999 in primes, 1001 in primes, sum(primes))
