# Summation order matters for floats.
values = [1e16, 1.0, -1e16, 1.0]
print(sum(values), sum(sorted(values)))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1, 0.2, 0.3]), 0.6)
