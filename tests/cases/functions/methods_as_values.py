# Bound and unbound methods used as values.
items = []
push = items.append
for i in range(3):
    push(i)
print(items)
upper = str.upper
print(upper("abc"), list(map(str.strip, [" a ", "b "])))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=str.lower), sorted(words, key=len))
join = ", ".join
print(join(["x", "y"]))
counts = {}
get = counts.get
for w in "a b a c a".split():
    counts[w] = get(w, 0) + 1
print(counts)
