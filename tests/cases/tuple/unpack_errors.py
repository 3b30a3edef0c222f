# Unpacking a tuple into the wrong number of targets.
t = (1, 2, 3)
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
a, *b = t
print(a, b)
