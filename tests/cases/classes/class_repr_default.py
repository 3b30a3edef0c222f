# Reprs of classes and module names; instances get a default repr (not printed: it has an address).
class Widget:
    pass


w = Widget()
print(repr(Widget), str(Widget), Widget.__module__, __name__)
r = repr(w)
print(r.startswith("<__main__.Widget object at "), r.endswith(">"))
print(str(w) == repr(w), f"{w}" == repr(w), format(w, "") == str(w))
print([Widget][0] is Widget, repr([Widget]), repr({"k": Widget}))
