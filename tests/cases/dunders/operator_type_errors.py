# Unsupported operand combinations raise TypeError naming both types.
class A:
    pass


class B:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


tests = [lambda: A() + 1, lambda: 1 + A(), lambda: A() - A(), lambda: B() + B(),
         lambda: A() * "s", lambda: A() @ A(), lambda: A() ** 2, lambda: divmod(A(), 1),
         lambda: A() < 1]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
x = A()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
