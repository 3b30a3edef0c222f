# Index errors and type errors on lists.
a = [1, 2, 3]
for idx in (3, -4):
    try:
        a[idx]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
print(a[True], a[-3])
