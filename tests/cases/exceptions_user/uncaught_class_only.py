# Raising an exception class (not an instance) instantiates it with no args; uncaught it prints its name.
class Stop(Exception):
    pass


def step(n):
    if n == 3:
        raise Stop
    return n


for i in range(5):
    print("step", step(i))
