# Iterating a set of small ints, and changing a set while iterating.
s = {4, 1, 3}
total = 0
for x in s:
    total += x
print(total, sorted(s), list(sorted(s, reverse=True)))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
