# slice objects and their attributes.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, -4)])
text = "abcdefghij"
print(text[s], text[slice(-3, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
