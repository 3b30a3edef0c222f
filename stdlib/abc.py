"""abc: abstract base classes.

A subclass of ABC records its abstract methods in __abstractmethods__ when it is created; the
interpreter refuses to instantiate a class whose __abstractmethods__ is not empty, with CPython's
TypeError. (ABCMeta as a metaclass is not available: Garter has no metaclasses yet.)
"""


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True


class ABC:
    """Helper class: inherit from it to make an abstract base class."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        abstracts = set()
        for name, value in cls.__dict__.items():
            if _is_abstract(value):
                abstracts.add(name)
        for base in cls.__mro__[1:]:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
