# Bases whose orders contradict each other cannot be linearised: TypeError.
class A: pass
class B(A): pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
print("done")
