# add, remove, discard, pop, clear.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(sorted(s))
s.remove(1)
s.discard(10)
s.discard(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
x = s.pop()
print(x in (3, 4), len(s))
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
