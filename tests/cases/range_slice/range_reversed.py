# reversed and iteration over ranges.
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
total = 0
for i in range(100):
    total += i
print(total, sum(range(101)), sum(range(0, 101, 5)))
r = range(3)
print(list(r), list(r), list(zip(r, reversed(r))))
