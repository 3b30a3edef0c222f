# A comprehension and the equivalent loop give the same result.
src = range(30)
comp = [n * n for n in src if n % 4 == 1 if n > 5]
loop = []
for n in src:
    if n % 4 == 1:
        if n > 5:
            loop.append(n * n)
print(comp, comp == loop)
