# Float loops: harmonic numbers and a simple integration.
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)
n = 1000
dx = 1.0 / n
area = 0.0
for i in range(n):
    x = (i + 0.5) * dx
    area += 4.0 / (1.0 + x * x) * dx
print(area, round(area, 6))
