# Classes created inside a function close over its locals; each call makes a new class.
def make_counter_class(step, label):
    class Counter:
        def __init__(self):
            self.value = 0

        def tick(self):
            self.value += step
            return f"{label}:{self.value}"

    return Counter


ByOne = make_counter_class(1, "one")
ByTen = make_counter_class(10, "ten")
a, b = ByOne(), ByTen()
print(a.tick(), a.tick(), b.tick(), b.tick())
print(ByOne is ByTen, ByOne.__name__ == ByTen.__name__, isinstance(a, ByTen))
print(ByOne.__qualname__)
