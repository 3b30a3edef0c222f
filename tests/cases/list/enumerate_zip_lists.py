# enumerate and zip over lists, and building lists in loops.
names = ["ann", "bob", "cy"]
scores = [90, 75, 88]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
pairs = list(zip(names, scores))
print(pairs, dict(pairs))
unzipped = list(zip(*pairs))
print(unzipped)
