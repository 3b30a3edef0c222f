"""dataclasses: the @dataclass decorator and its helpers, written in Python.

The generated methods are closures over the class's field list (Garter has no exec), with
CPython's behaviour and messages for the common cases.
"""

MISSING = type("_MISSING_TYPE", (), {"__repr__": lambda self: "MISSING"})()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    __slots__ = ()

    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, kw_only=False):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def _class_fields(cls):
    """This class's own fields, from its annotations, in order."""
    own = []
    annotations = cls.__dict__.get("__annotations__", {})
    for name, typ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not "
                                 f"allowed: use default_factory")
            f = field(default=default)
        f.name = name
        f.type = typ
        own.append(f)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return own


def _all_fields(cls, own):
    merged = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            merged[f.name] = f
    for f in own:
        merged[f.name] = f
    return list(merged.values())


def _make_init(cls, flds):
    params = [f for f in flds if f.init]
    qual = cls.__qualname__

    required = sum(1 for f in params if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            if required < len(params):
                takes = f"from {required + 1} to {len(params) + 1} positional arguments"
            else:
                takes = f"{len(params) + 1} positional arguments"
            raise TypeError(f"{qual}.__init__() takes {takes} but {len(args) + 1} were given")
        values = {}
        for f, value in zip(params, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name in values:
                raise TypeError(f"{qual}.__init__() got multiple values for argument '{name}'")
            if not any(f.name == name for f in params):
                raise TypeError(f"{qual}.__init__() got an unexpected keyword argument '{name}'")
            values[name] = value
        missing = [f.name for f in params if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            quoted = [repr(m) for m in missing]
            listed = quoted[0] if len(quoted) == 1 else (
                ", ".join(quoted[:-1]) + (", and " if len(quoted) > 2 else " and ") + quoted[-1])
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{qual}.__init__() missing {len(missing)} required positional "
                            f"argument{plural}: {listed}")
        for f in flds:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            object.__setattr__(self, f.name, value)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()

    return __init__


def _make_repr(flds):
    shown = [f.name for f in flds if f.repr]

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"

    return __repr__


def _tuple_of(self, flds):
    return tuple(getattr(self, f.name) for f in flds if f.compare)


def _make_compare(flds, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a, b = _tuple_of(self, flds), _tuple_of(other, flds)
        if op == "eq":
            return a == b
        if op == "lt":
            return a < b
        if op == "le":
            return a <= b
        if op == "gt":
            return a > b
        return a >= b

    return compare


def _make_hash(flds):
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))

    return __hash__


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field '{name}'")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field '{name}'")


def _process(cls, init, repr, eq, order, unsafe_hash, frozen):
    own = _class_fields(cls)
    flds = _all_fields(cls, own)
    seen_default = False
    for f in flds:
        if not f.init:
            continue
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")
        seen_default = seen_default or has_default
    cls.__dataclass_fields__ = {f.name: f for f in flds}
    if init:
        cls.__init__ = _make_init(cls, flds)
    if repr:
        cls.__repr__ = _make_repr(flds)
    if eq:
        cls.__eq__ = _make_compare(flds, "eq")
    if order:
        for op in ("lt", "le", "gt", "ge"):
            setattr(cls, f"__{op}__", _make_compare(flds, op))
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _make_hash(flds)
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in flds if f.init)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    try:
        flds = obj.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(flds.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _copy_value(value, factory):
    if is_dataclass(value) and not isinstance(value, type):
        return factory((f.name, _copy_value(getattr(value, f.name), factory))
                       for f in fields(value))
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_value(v, factory) for v in value)
    if isinstance(value, dict):
        return type(value)((_copy_value(k, factory), _copy_value(v, factory))
                           for k, v in value.items())
    return value


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory)


def _tuple_value(value):
    if is_dataclass(value) and not isinstance(value, type):
        return tuple(_tuple_value(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, (list, tuple)):
        return type(value)(_tuple_value(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_tuple_value(k), _tuple_value(v)) for k, v in value.items())
    return value


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_tuple_value(getattr(obj, f.name)) for f in fields(obj))


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
