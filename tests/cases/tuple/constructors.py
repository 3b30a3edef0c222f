# tuple() from iterables and immutability.
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple())
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
