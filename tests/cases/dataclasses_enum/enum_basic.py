# Enum members: name, value, repr/str, iteration order, lookup by value and by name, identity.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color), [c.name for c in Color])
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color.RED in Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE, isinstance(Color.RED, Color))
print(type(Color.RED).__name__, f"{Color.RED}", f"{Color.RED.name:>6}|")
print({Color.RED: "stop"}[Color(1)], sorted(Color, key=lambda c: -c.value)[0])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
