"""typing: the names scripts use in annotations.

Garter does not check types at run time; these objects make annotations evaluate, print and
compare as they do in CPython (typing.List[int], Optional[int] == Union[int, None], ...).
"""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj is type(None):
            return "None"
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _norm(arg):
    return type(None) if arg is None else arg


class _GenericAlias:
    """A subscripted typing name: List[int], Dict[str, int], Callable[[int], str]."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        args = self.__args__
        if self._name == "Union" and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        if self._name == "Callable" and len(args) >= 1:
            params = list(args[:-1])
            return f"typing.Callable[{_type_repr(params)}, {_type_repr(args[-1])}]"
        inner = ", ".join(_type_repr(a) for a in args) if args else "()"
        return f"typing.{self._name}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self._name == "Union" and other._name == "Union":
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _SpecialForm(self._name, self.__origin__)[params]


class _SpecialForm:
    """An unsubscripted typing name: List, Optional, Union, Any, Callable..."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return f"typing.{self._name}"

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return Union[params[0], None]
        if self._name == "Union":
            flat = []
            for p in params:
                p = _norm(p)
                if isinstance(p, _GenericAlias) and p._name == "Union":
                    items = p.__args__
                else:
                    items = (p,)
                for item in items:
                    if item not in flat:
                        flat.append(item)
            if len(flat) == 1:
                return flat[0]
            return _GenericAlias(Union, tuple(flat), "Union")
        if self._name == "Callable":
            params_list, result = params
            args = tuple(params_list) if isinstance(params_list, list) else (params_list,)
            return _GenericAlias(self.__origin__, args + (result,), "Callable")
        return _GenericAlias(self.__origin__, tuple(_norm(p) for p in params), self._name)


class TypeVar:
    """A type variable: T = TypeVar("T")."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """Base class for generic classes: class Box(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for structural types (not checked at run time)."""


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Callable = _SpecialForm("Callable")
Literal = _SpecialForm("Literal")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AnyStr = TypeVar("AnyStr", bytes, str)
TYPE_CHECKING = False


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f
