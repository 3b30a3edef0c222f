# round builtin summary.
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.1 + 0.2, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
