# Class decorators receive the class and may register, augment or replace it.
REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def with_greeting(greeting):
    def deco(cls):
        def greet(self):
            return f"{greeting} from {type(self).__name__}"
        cls.greet = greet
        return cls
    return deco


def replace_with_name(cls):
    return cls.__name__ + "!"


@register
@with_greeting("hello")
class Alpha:
    pass


@with_greeting("hi")
@register
class Beta:
    pass


@replace_with_name
class Gamma:
    pass


print(sorted(REGISTRY))
print(REGISTRY["alpha"]().greet(), Beta().greet())
print(REGISTRY["beta"] is Beta, Gamma)
