# An exception inside __init__ propagates out of the constructor call; no object is bound.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin


class Validated(Exception):
    pass


readings = []
for k in (300, -5, 0):
    try:
        t = Temperature(k)
        readings.append(t.kelvin)
    except ValueError as e:
        print("ValueError:", e)
print(readings)
try:
    bad = Temperature(-1)
except ValueError:
    pass
try:
    print(bad)
except NameError as e:
    print("NameError:", e)
