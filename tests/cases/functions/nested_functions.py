# Functions defined inside functions and loops.
def builder(n):
    fns = []
    for i in range(n):
        def f(x, i=i):
            return x * i
        fns.append(f)
    return fns
print([f(10) for f in builder(4)])
def make_multiplier(m):
    def multiply(x):
        return x * m
    return multiply
triple = make_multiplier(3)
print(triple(7), make_multiplier("ab")(2))
