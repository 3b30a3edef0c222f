# Memoisation with a dict.
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result
print(fib(90), len(cache))
print([fib(i) for i in range(15)])
