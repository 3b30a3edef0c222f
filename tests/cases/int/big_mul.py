# Multiplication of large operands checked by identities.
a = 3 ** 500
b = 7 ** 400
p = a * b
print(p % 1000000007, len(str(p)))
print(p // a == b, p % a, p // b == a)
sq = (10 ** 200 + 1) ** 2
print(str(sq)[:5], str(sq)[-5:], len(str(sq)))
print((2 ** 1000 - 1) * (2 ** 1000 + 1) == 2 ** 2000 - 1)
