# del of names, subscripts and slices.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
lst = [1, 2, 3, 4]
d = {"k": 1, "j": 2}
del lst[0], d["k"]
print(lst, d)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
