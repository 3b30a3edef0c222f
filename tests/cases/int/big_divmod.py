# Big int floor division and modulo with all sign combinations.
a = 12345678901234567890123456789
b = 987654321987654321
for x in (a, -a):
    for y in (b, -b, 7, -7):
        q, r = divmod(x, y)
        print(q, r, q * y + r == x, x // y == q, x % y == r)
print(a // 1, a % 1, a // a, a % a)
print((10 ** 40) // (10 ** 20), (10 ** 40 + 1) % (10 ** 20))
