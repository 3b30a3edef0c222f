# The first iterable is evaluated in the enclosing scope.
n = 3
def f():
    n = 5
    return [i for i in range(n)]
print(f(), [i for i in range(n)])
