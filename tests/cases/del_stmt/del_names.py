# del removes a global name binding; using it afterwards raises NameError.
a = 1
b = [1, 2]
c = b
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b
print(c)
x, y, z = 1, 2, 3
del x, y
print(z)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError:", e)
a = "rebound"
print(a)


def drop_global():
    global z
    del z


drop_global()
try:
    z
except NameError as e:
    print("NameError:", e)
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError:", e)
