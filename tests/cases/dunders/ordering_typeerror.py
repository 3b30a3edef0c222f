# Comparisons with no usable method raise TypeError naming the operand types.
class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


tests = [lambda: A() < A(), lambda: A() >= 3, lambda: "s" > A(), lambda: B() < B(),
         lambda: B() > A(), lambda: sorted([A(), A()]), lambda: max(B(), B())]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(A() == A(), B() != B())
