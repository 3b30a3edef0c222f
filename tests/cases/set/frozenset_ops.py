# frozenset is hashable and immutable.
f = frozenset([3, 1, 2])
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})], f == {1, 2, 3}, hash(f) == hash(frozenset([2, 3, 1])))
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 5}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
