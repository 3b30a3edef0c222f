# callable on functions, builtins, types and values.
def f():
    pass
print(callable(f), callable(len), callable(int), callable(lambda: 0), callable([].append))
print(callable(5), callable("s"), callable(None), callable(str.upper), callable(print))
