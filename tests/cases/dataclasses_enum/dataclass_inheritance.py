# Dataclass inheritance: base fields come first, subclasses add or override fields and methods.
from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    legs: int = 4

    def describe(self):
        return f"{self.name} walks on {self.legs} legs"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


@dataclass
class Penguin(Bird):
    can_fly: bool = False
    colonies: list = field(default_factory=list)

    def describe(self):
        return super().describe() + " and swims"


for a in (Animal("dog"), Bird("robin"), Penguin("pingu", colonies=["south"])):
    print(a, "|", a.describe())
print([f.name for f in fields(Penguin)])
print(Penguin("a") == Penguin("a"), Bird("a") == Penguin("a", can_fly=True))
