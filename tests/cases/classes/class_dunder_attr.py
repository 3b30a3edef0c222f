# obj.__class__ is type(obj); it works for instances, classes and builtins.
class Vehicle:
    def clone(self):
        return self.__class__()

    def kind(self):
        return self.__class__.__name__


class Car(Vehicle):
    pass


c = Car()
print(c.__class__ is Car, c.kind(), c.clone().kind(), type(c.clone()) is Car)
print(Car.__class__ is type, (1).__class__.__name__, "s".__class__.__name__)
print([].__class__ is list, None.__class__.__name__)
print(Vehicle().kind(), Vehicle().clone().__class__.__name__)
