# Equality versus identity for lists and their elements.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, [a] == [b], [a][0] is c)
nan = float("nan")
print([nan] == [nan], nan == nan)
