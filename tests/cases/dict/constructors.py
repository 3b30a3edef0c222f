# dict() constructor forms.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(dict({"a": 1}, b=2), dict(zip("abc", range(3))), dict([[1, 2], (3, 4)]))
print(dict(enumerate("xy")), dict(((1, "one"),)))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
