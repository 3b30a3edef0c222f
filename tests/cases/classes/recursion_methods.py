# Recursion through methods: a binary search tree of nodes, and mutually recursive methods.
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Node(key))
        else:
            child.insert(key)

    def contains(self, key):
        if key == self.key:
            return True
        child = self.left if key < self.key else self.right
        return child is not None and child.contains(key)

    def inorder(self):
        left = self.left.inorder() if self.left else []
        right = self.right.inorder() if self.right else []
        return left + [self.key] + right

    def height(self):
        return 1 + max(c.height() if c else 0 for c in (self.left, self.right))


root = Node(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder())
print(root.height(), root.contains(45), root.contains(55), root.left.height())


class Math:
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)

    def even(self, n):
        return True if n == 0 else self.odd(n - 1)

    def odd(self, n):
        return False if n == 0 else self.even(n - 1)


m = Math()
print(m.fact(20), m.even(10), m.odd(7), m.even(7))
