# Indexing strings with positive and negative indices.
s = "Python"
print(s[0], s[5], s[-1], s[-6], s[2])
for i in (6, -7):
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print(type(s[0]).__name__, len(s[0]))
