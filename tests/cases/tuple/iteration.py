# Iterating over tuples.
colours = ("red", "green", "blue")
for i, c in enumerate(colours):
    print(i, c)
print(list(reversed(colours)), sorted(colours), " ".join(colours))
total = 0
for n in (1, 2, 3):
    total += n
print(total, any(()), all(()))
