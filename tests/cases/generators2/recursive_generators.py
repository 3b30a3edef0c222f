# Recursive generators with yield from: tree walks, flattening and permutations.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
for depth, value in tree.walk():
    print("  " * depth + value)
print(list(tree.leaves()))
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations([1, 2, 3, 4])))
