# Conditional expressions, nested and in calls.
for n in (-3, 0, 7):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
print((lambda v: "even" if v % 2 == 0 else "odd")(9))
print(1 if [] else 2, 1 if [0] else 2)
