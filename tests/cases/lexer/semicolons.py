# Several simple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c)
x = 0; x += 5; x *= 2; print(x)
if c > 2: print("big"); print("still")
for i in range(3): print(i, end=" "); print("|", end="")
print()
def g(): return 7;
print(g());
