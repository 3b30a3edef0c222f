# list() from various iterables.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({3: 0, 1: 0}.values()), list(b"ab"), list(map(str, [1, 2])))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(reversed([1, 2, 3])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
