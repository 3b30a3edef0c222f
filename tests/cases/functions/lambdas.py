# Lambda expressions.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 10, pairs)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(3), square.__name__)
print((lambda x: (lambda y: x + y))(10)(5))
