# Identity of singletons and equality of values (no id printing).
print(None is None, True is True, False is not True)
a = []
b = a
print(a is b, [] is [], a == [])
x = (1, 2)
print(x is x, x == (1, 2))
print(type(None).__name__, type(True).__name__)
