# Deduplication preserving first-seen order using a set.
items = ["b", "a", "b", "c", "a", "d"]
seen = set()
unique = []
for it in items:
    if it not in seen:
        seen.add(it)
        unique.append(it)
print(unique, len(seen), sorted(seen))
print(sorted(set(items)), list(dict.fromkeys(items)))
