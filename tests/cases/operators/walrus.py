# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
i = 0
while (i := i + 1) < 5:
    values.append(i * i)
print(values)
print([y for x in data if (y := x * 2) > 6])
print((total := sum(data)), total)
def f(v):
    return (w := v + 1) * w
print(f(3))
