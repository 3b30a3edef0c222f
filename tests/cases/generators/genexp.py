# Generator expressions are lazy everywhere: for loops, builtins that stop early, joins.
print(sum(x * x for x in range(10)), any(x > 3 for x in range(100)), all(x < 5 for x in range(3)))
print(", ".join(str(x) for x in range(4)), list(x for x in "abc" if x != "b"))
gen = (i for i in range(3))
print(gen.__next__(), list(gen), list(gen))
seen = []


def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i


print(any(x == 2 for x in noisy(10)), seen)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
nested = sum(sum(y for y in range(x)) for x in range(5))
print(nested)


def pipeline(lines):
    parsed = (line.split(",") for line in lines)
    numbers = (int(p[1]) for p in parsed if len(p) == 2)
    return sum(numbers)


print(pipeline(["a,1", "b,2", "bad", "c,3"]))
