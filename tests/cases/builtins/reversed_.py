# reversed on sequences.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))))
print("".join(reversed("hello")), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
