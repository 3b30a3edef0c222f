# Function calls with keyword arguments, defaults, *args and closures.
def make_scaler(factor, offset=0):
    def scale(x, *, clamp=None):
        v = x * factor + offset
        if clamp is not None and v > clamp:
            return clamp
        return v
    return scale


def combine(a, b=1, *rest, weight=1, **extra):
    return (a + b + len(rest)) * weight + len(extra)


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


double = make_scaler(2)
shifted = make_scaler(3, offset=-5)
bump = counter()
acc = 0
for i in range(250000):
    acc += double(i, clamp=1000) + shifted(i % 100)
    acc += combine(i, weight=2) + combine(1, 2, 3, 4, weight=3, tag=i)
    bump(step=i % 3)
print(acc, bump(0))
