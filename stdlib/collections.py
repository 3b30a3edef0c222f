"""collections: namedtuple, defaultdict, OrderedDict, Counter and deque, written in Python on
Garter's own classes."""

_KEYWORDS = frozenset(["False", "None", "True", "and", "as", "assert", "async", "await", "break",
                       "class", "continue", "def", "del", "elif", "else", "except", "finally",
                       "for", "from", "global", "if", "import", "in", "is", "lambda",
                       "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                       "with", "yield"])


def _field_property(index):
    def get(self):
        return self[index]

    def refuse(self, value):
        raise AttributeError("can't set attribute")

    return property(get, refuse, None, f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    fields = tuple(field_names)
    count = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > count:
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > count:
            raise TypeError(f"{typename}.__new__() takes {count + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs
                           and n not in field_defaults]
                quoted = " and ".join(repr(n) for n in missing)
                plural = "s" if len(missing) > 1 else ""
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required "
                                f"positional argument{plural}: {quoted}")
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != count:
            raise TypeError(f"Expected {count} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    if module is not None:
        namespace["__module__"] = module
    return type(typename, (tuple,), namespace)


class defaultdict(dict):
    """dict whose missing keys are filled by default_factory()."""

    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def __repr__(self):
        factory = getattr(self.default_factory, "__name__", repr(self.default_factory))
        if self.default_factory is None:
            factory = "None"
        return f"defaultdict(<class '{factory}'>, {dict.__repr__(self)})" if isinstance(
            self.default_factory, type) else f"defaultdict({factory}, {dict.__repr__(self)})"


class OrderedDict(dict):
    """dict remembering insertion order (every dict does), with move_to_end and popitem(last)."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            self.update(items)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({list(self.items())!r})"


class Counter(dict):
    """dict counting hashable items."""

    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in iterable.items():
                    self[key] = self.get(key, 0) + count
            else:
                for key in iterable:
                    self[key] = self.get(key, 0) + 1
        for key, count in kwargs.items():
            self[key] = self.get(key, 0) + count

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key

    def total(self):
        return sum(self.values())

    def __add__(self, other):
        result = Counter()
        for key in list(self) + [k for k in other if k not in self]:
            count = self[key] + other[key]
            if count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key in list(self) + [k for k in other if k not in self]:
            count = self[key] - other[key]
            if count > 0:
                result[key] = count
        return result

    def __or__(self, other):
        result = Counter()
        for key in list(self) + [k for k in other if k not in self]:
            count = max(self[key], other[key])
            if count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        result = Counter()
        for key in self:
            count = min(self[key], other[key])
            if count > 0:
                result[key] = count
        return result

    def __repr__(self):
        if not self:
            return "Counter()"
        inner = ", ".join(f"{key!r}: {count!r}" for key, count in self.most_common())
        return f"Counter({{{inner}}})"


class deque:
    """Double-ended queue (a list underneath: appendleft and popleft are O(n))."""

    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for item in iterable:
            self.append(item)

    def append(self, item):
        self._items.append(item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, item):
        self._items.insert(0, item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        for item in iterable:
            self.appendleft(item)

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self.maxlen})"
