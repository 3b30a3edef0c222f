# Flag members combine with | and &, test with `in`, and repr like CPython 3.11.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.value, Perm.X.value)
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), bool(Perm(0)))
print(repr(Perm.R | Perm.X), repr(Perm(0)), list(Perm))
print([p.name for p in (Perm.R | Perm.W | Perm.X)], ~Perm.R)


class Mask(IntFlag):
    A = 1
    B = 2
    C = 4


m = Mask.A | Mask.C
print(m, repr(m), m == 5, m | 2, Mask(3), int(Mask.B | Mask.C))
