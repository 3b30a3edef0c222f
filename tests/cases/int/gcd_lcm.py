# Euclid's algorithm written out with big ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(0, 0))
print(gcd(2 ** 100, 6 ** 50), lcm(4, 6))
f = 1
for i in range(2, 30):
    f = lcm(f, i)
print(f)
print(gcd(3 ** 100 * 5, 3 ** 90 * 7) == 3 ** 90)
