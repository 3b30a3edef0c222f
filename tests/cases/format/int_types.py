# Integer presentation types b c d o x X n.
for n in (0, 7, 65, 255, 1000, -17):
    print(f"{n:b} {n:d} {n:o} {n:x} {n:X} {n:n}")
print(f"{65:c}{97:c}{0x65E5:c}{128512:c}")
print(f"{10 ** 20:x} {-(2 ** 70):o}")
print(format(42), format(42, ""), format(True, "d"), format(True))
