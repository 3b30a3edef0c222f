# Unary operators on ints, floats and bools.
print(-5, +5, ~5, - -5, -(-5), ~~5)
print(-0, -0.0, +0.0, -1.5, +1.5)
print(-True, +True, ~True, ~False)
print(not True, not not 3)
x = 7
print(-x ** 2, (-x) ** 2, ~x + 1)
print(type(-True).__name__)
