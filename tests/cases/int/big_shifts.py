# Shifts of big and negative ints.
x = 1 << 200
print(x, x >> 199, x >> 201)
y = -(1 << 150) - 1
print(y >> 100, y >> 149, y >> 1000)
print(12345 << 100 >> 100)
print((-12345) << 70, (-12345 << 70) >> 70)
print(3 << 64 >> 63)
