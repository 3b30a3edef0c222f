# 2**1000 and friends.
n = 2 ** 1000
print(n)
print(len(str(n)), n % 1000, n.bit_length())
print(2 ** 64 - 1, 2 ** 128)
print(-(2 ** 200))
print((2 ** 100) ** 2 == 2 ** 200)
