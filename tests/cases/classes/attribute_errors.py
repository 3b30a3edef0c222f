# AttributeError messages for missing attributes on instances and classes.
class Thing:
    color = "red"

    def __init__(self):
        self.size = 3


t = Thing()
for get in (lambda: t.weight, lambda: Thing.size, lambda: Thing.weight, lambda: t.colour):
    try:
        get()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Thing().missing_method()
except AttributeError as e:
    print("AttributeError:", e, "|", e.name)
print(getattr(t, "weight", "default"), getattr(Thing, "color"))
