# Single inheritance: inherited methods, overrides, and attributes set in the base __init__.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"


for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(type(a).__name__, a.speak(), a.kind())
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("p"), Dog))
