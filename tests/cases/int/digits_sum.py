# Digit manipulation on big numbers.
n = 2 ** 1000
print(sum(map(int, str(n))))
f = 1
for i in range(1, 101):
    f *= i
print(sum(map(int, str(f))))
print(str(f).count("0"), len(str(f)) - len(str(f).rstrip("0")))
print(int(str(n)[::-1]) % 1000)
