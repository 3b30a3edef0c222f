# Factorials grow into big ints.
f = 1
for i in range(1, 51):
    f *= i
    if i % 10 == 0:
        print(i, f)
print(len(str(f)))
