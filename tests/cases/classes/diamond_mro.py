# Diamond inheritance: C3 linearisation and a super() chain visiting each class once.
class Base:
    def hello(self, trail):
        trail.append("Base")
        return trail


class Left(Base):
    def hello(self, trail):
        trail.append("Left")
        return super().hello(trail)


class Right(Base):
    def hello(self, trail):
        trail.append("Right")
        return super().hello(trail)


class Bottom(Left, Right):
    def hello(self, trail):
        trail.append("Bottom")
        return super().hello(trail)


print([c.__name__ for c in Bottom.__mro__])
print(Bottom().hello([]))
print(Left().hello([]))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print([c.__name__ for c in Top.__mro__])
