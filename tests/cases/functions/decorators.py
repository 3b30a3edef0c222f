# Function decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
calls = []
def logged(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    wrapper.__name__ = fn.__name__
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
