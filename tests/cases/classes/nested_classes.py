# Nested classes are class attributes; the inner body cannot see the outer class's names directly.
class Tree:
    kind = "tree"

    class Node:
        def __init__(self, value, children=()):
            self.value = value
            self.children = list(children)

        def total(self):
            return self.value + sum(c.total() for c in self.children)

    def __init__(self, root):
        self.root = root

    def build(self, value):
        return self.Node(value)


N = Tree.Node
t = Tree(N(1, [N(2), N(3, [N(4)])]))
print(t.root.total(), type(t.root).__qualname__)
print(t.build(7).value, isinstance(t.build(1), Tree.Node))


class Outer:
    x = 1

    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)


print(Outer.Inner.y)
