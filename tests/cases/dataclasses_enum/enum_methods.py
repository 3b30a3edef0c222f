# Enums with methods, properties, classmethods, aliases and __members__.
from enum import Enum, unique


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


class Status(Enum):
    ACTIVE = "active"
    ENABLED = "active"
    OFF = "off"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


print([(p.name, p.gravity) for p in Planet], Planet.heaviest())
print(Status.ENABLED is Status.ACTIVE, list(Status), list(Status.__members__))
print(Status("active").describe(), Status.OFF.describe())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
match Status("off"):
    case Status.ACTIVE:
        print("matched active")
    case Status.OFF:
        print("matched off")
