# Lambdas created in a comprehension share the loop variable.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make(n):
    return [lambda x: x + n + k for k in range(2)]
print([f(10) for f in make(100)])
