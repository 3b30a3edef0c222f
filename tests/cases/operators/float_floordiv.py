# Floor division and modulo with floats.
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b)
print(5 // 0.3, 5 % 0.3)
print(-0.0 % 5, 0.0 % -5)
print(1 % -1e300)
print(divmod(-7.5, 2))
print(3.0 // 1, 3 // 1.0)
