# del accepts tuple and list target lists, mixing names, attributes and subscripts, left to right.
class Obj:
    pass


o = Obj()
o.a, o.b = 1, 2
items = [1, 2, 3, 4]
m = {"k": "v", "j": "w"}
name = "n"
del (o.a, items[0]), [m["k"], name]
print(hasattr(o, "a"), o.b, items, m)
try:
    name
except NameError as e:
    print("NameError:", e)
seq = [0, 1, 2, 3, 4]
del seq[0], seq[0]
print(seq)
try:
    del m["j"], m["missing"], items[0]
except KeyError as e:
    print("KeyError:", e, m, items)
