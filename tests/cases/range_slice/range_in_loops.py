# Typical loop patterns with range.
n = 5
for i in range(n):
    print(" " * (n - i - 1) + "*" * (2 * i + 1))
for i in range(len("abc")):
    print(i, "abc"[i], end="; ")
print()
print([i * j for i in range(1, 4) for j in range(i, 4)])
