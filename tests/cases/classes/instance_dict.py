# An instance's __dict__ holds its attributes in assignment order; the class's holds methods.
class Model:
    kind = "model"

    def __init__(self):
        self.b = 2
        self.a = 1

    def method(self):
        return 0


m = Model()
m.c = 3
print(m.__dict__)
print(list(m.__dict__), "kind" in m.__dict__, "kind" in Model.__dict__)
print("method" in Model.__dict__, "method" in m.__dict__)
m.__dict__["d"] = 4
print(m.d)
del m.__dict__["a"]
print(hasattr(m, "a"), sorted(m.__dict__))
