# Big ints: a pidigits-style spigot, large factorials and Fibonacci numbers.
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


digits = pi_digits(2000)
f = factorial(4000)
g = fib(20000)
print("".join(map(str, digits[:20])), sum(digits), f % (10 ** 9 + 7), f.bit_length(),
      g % 1000000007, g.bit_length())
