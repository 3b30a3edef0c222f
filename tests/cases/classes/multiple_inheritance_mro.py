# Multiple inheritance: method lookup follows __mro__ left to right.
class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only in B"


class C(A, B):
    pass


class D(B, A):
    pass


class E(C):
    def who(self):
        return "E then " + super().who()


for cls in (C, D, E):
    obj = cls()
    print(cls.__name__, [k.__name__ for k in cls.__mro__], obj.who(), obj.only_a(), obj.only_b())
print(C.mro() == list(C.__mro__))
