# Floor division and modulo follow the sign of the divisor for ints.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % -5)
print(-1 // 10, -1 % 10)
print(10 % 1, -10 // 1)
