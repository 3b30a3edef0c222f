# Creating sets and basic properties.
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s)
print(set(), sorted(set("banana")), sorted(set([4, 4, 5])), sorted(set(range(5))))
print(frozenset(), sorted(frozenset({1, 2})), type(s).__name__, type(frozenset()).__name__)
print({0, 1, 2, 3}, {5}, set([1]))
e = {}
print(type(e).__name__, type(set()).__name__)
