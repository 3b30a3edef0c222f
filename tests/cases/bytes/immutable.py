# bytes objects are immutable.
b = b"abc"
try:
    b[0] = 65
except TypeError as e:
    print("TypeError:", e)
try:
    b.append(1)
except AttributeError as e:
    print("AttributeError:", e)
c = b
b += b"d"
print(b, c)
