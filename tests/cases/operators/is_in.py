# Identity and membership operators.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(2 in a, 5 in a, 5 not in a, not 5 in a)
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(3 in range(5), 3 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1})
print(1 in [1.0], 1.0 in {1: 'a'})
print([] in [[]], (1,) in [(1,)])
