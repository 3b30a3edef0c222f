# __name__ of functions, lambdas and nested functions.
def outer():
    def inner():
        pass
    return inner
print(outer.__name__, outer().__name__, (lambda: 0).__name__)
f = outer
print(f.__name__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
