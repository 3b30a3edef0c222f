# Decorators with arguments and stacked decorators.
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
def prefix(p):
    def deco(fn):
        def wrapper(*a):
            return p + str(fn(*a))
        return wrapper
    return deco
@repeat(3)
def hello():
    return "hi"
print(hello())
@prefix("<")
@prefix("[")
def value(x):
    return x * 2
print(value(21))
@repeat(2)
@prefix("#")
def tag(n):
    return n
print(tag(7))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
print(registry["double"](5), double(6))
