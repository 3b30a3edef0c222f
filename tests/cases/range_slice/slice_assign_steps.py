# Assigning and deleting through slice objects.
a = list(range(10))
a[slice(0, 10, 3)] = ["a", "b", "c", "d"]
print(a)
del a[slice(1, None, 2)]
print(a)
a[slice(None)] = []
print(a)
