# Classic while-loop algorithms.
def digits(n):
    count = 0
    while n:
        n //= 10
        count += 1
    return max(count, 1)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([digits(n) for n in (0, 9, 10, 12345, 10 ** 20)])
print([isqrt(n) for n in (0, 1, 15, 16, 10 ** 20, 2 ** 100)])
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
