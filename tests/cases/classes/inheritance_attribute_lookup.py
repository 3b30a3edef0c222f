# Attribute lookup order: instance dict, then class, then bases; setting on a base is seen by subclasses.
class A:
    x = "A.x"
    y = "A.y"


class B(A):
    y = "B.y"


class C(B):
    pass


c = C()
print(c.x, c.y)
A.x = "A.x changed"
A.y = "A.y changed"
print(c.x, c.y)
B.x = "B.x new"
print(c.x, A.x)
del B.y
print(c.y)
c.y = "instance"
print(c.y, C.y)
