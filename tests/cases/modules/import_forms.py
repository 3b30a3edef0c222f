# import, import-as, from-import, from-import-as and multiple names bind the expected objects.
import collections
import typing as t
from collections import namedtuple as nt, OrderedDict
from dataclasses import dataclass, field
import enum, abc

print(collections.namedtuple is nt, type(collections).__name__, collections.__name__)
print(t.__name__, enum.__name__, abc.__name__, OrderedDict.__name__)
print(callable(dataclass), callable(field), t.Optional is not None)


def inner_import():
    from enum import Enum as E
    import collections as c2
    return E.__name__, c2 is collections


print(inner_import())
try:
    from collections import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    collections.nope
except AttributeError as e:
    print("AttributeError:", e)
