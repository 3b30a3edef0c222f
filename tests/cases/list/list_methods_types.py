# Methods as values and type checks.
a = []
push = a.append
for i in range(3):
    push(i * i)
print(a, type(a).__name__, isinstance(a, list))
ext = a.extend
ext([9])
print(a, callable(push), push.__name__)
print(list.__name__, type(list.append).__name__ in ("method_descriptor", "builtin_function_or_method"))
