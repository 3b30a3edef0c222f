# Sorting heterogeneous lists raises TypeError.
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
a = [3, 1, 2]
try:
    a.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(a))
try:
    a.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
