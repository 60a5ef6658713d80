"""Krait's _abc: the helpers CPython's `abc.ABCMeta` calls (`_abc_init`, `_abc_register`,
`_abc_instancecheck`, `_abc_subclasscheck`, the cache and registry dumps and resets).

Each ABC keeps an `_abc_impl` record: its registry of virtual subclasses and a positive and
a negative cache of subclass answers, all held weakly. Registering anything anywhere bumps
one counter, which makes every negative cache stale.

`match` decides "sequence" and "mapping" by a flag the VM reads off the class's MRO: the
first class whose own namespace has `__abc_tpflags__` (as `collections.abc.Sequence` and
`Mapping` define it), or a flagged builtin. Registering a class with an ABC that has such
a flag gives the class (and its subclasses) that flag, as CPython's `_abc_register` does,
so `Sequence.register(C)` makes instances of `C` match sequence patterns even after the
classes were made."""

from _weakref import ref as _ref

_SEQUENCE = 1 << 5
_MAPPING = 1 << 6
_COLLECTION = _SEQUENCE | _MAPPING

_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token (it changes whenever a class is registered)."""
    return _invalidation_counter


class _RefSet:
    """A set of objects held weakly, keyed by identity (classes are what it holds)."""

    __slots__ = ("_data", "__weakref__")

    def __init__(self):
        self._data = {}

    def add(self, obj):
        key = id(obj)
        data = self._data

        def forget(r, key=key, data=data):
            if data.get(key) is r:
                del data[key]

        data[key] = _ref(obj, forget)

    def __contains__(self, obj):
        r = self._data.get(id(obj))
        return r is not None and r() is obj

    def clear(self):
        self._data.clear()

    def __iter__(self):
        for r in list(self._data.values()):
            obj = r()
            if obj is not None:
                yield obj

    def __len__(self):
        return len(self._data)

    def refs(self):
        return set(self._data.values())


class _abc_data:
    """The per-ABC state `_abc_init` stores as `cls._abc_impl`."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = _RefSet()
        self.cache = _RefSet()
        self.negative_cache = _RefSet()
        self.negative_cache_version = _invalidation_counter


def _impl(cls):
    impl = cls._abc_impl
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls):
    """Collects the abstract methods of a new ABC and gives it its registry and caches."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    bases = cls.__bases__
    if type(bases) is not tuple:
        raise TypeError("__bases__ is not tuple")
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _abc_data()
    if isinstance(cls, type):
        flags = cls.__dict__.get("__abc_tpflags__")
        if isinstance(flags, int) and flags & _COLLECTION == _COLLECTION:
            raise TypeError(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING"
            )


def _collection_flag(cls):
    """The collection flag `match` sees on `cls` (0 when it has none)."""
    for c in cls.__mro__:
        flags = c.__dict__.get("__abc_tpflags__")
        if isinstance(flags, int):
            return flags & _COLLECTION
    return 0


def _set_collection_flag(cls, flag):
    """Gives `cls` and its subclasses `flag`, skipping builtin (immutable) types."""
    pending = [cls]
    seen = set()
    while pending:
        c = pending.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        own = c.__dict__.get("__abc_tpflags__")
        if c is cls or isinstance(own, int):
            if isinstance(own, int) and own & _COLLECTION == flag:
                continue
            try:
                type.__setattr__(c, "__abc_tpflags__", flag)
            except (TypeError, AttributeError):
                continue
        pending.extend(type.__subclasses__(c))


def _abc_register(cls, subclass):
    """`ABC.register(subclass)`: makes `subclass` a virtual subclass of `cls`."""
    global _invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _impl(cls).registry.add(subclass)
    _invalidation_counter += 1
    if isinstance(cls, type):
        flag = _collection_flag(cls)
        if flag:
            _set_collection_flag(subclass, flag)
    return subclass


def _abc_instancecheck(cls, instance):
    """`isinstance(instance, cls)` for an ABC."""
    impl = _impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (
            impl.negative_cache_version == _invalidation_counter
            and subclass in impl.negative_cache
        ):
            return False
        return cls.__subclasscheck__(subclass)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    """`issubclass(subclass, cls)` for an ABC."""
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _invalidation_counter:
        impl.negative_cache.clear()
        impl.negative_cache_version = _invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is True:
        impl.cache.add(subclass)
        return True
    if ok is False:
        impl.negative_cache.add(subclass)
        return False
    if ok is not NotImplemented:
        raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
    if cls in subclass.__mro__:
        impl.cache.add(subclass)
        return True
    # Registered itself: answered without caching, as CPython's fast path does.
    if subclass in impl.registry:
        return True
    for registered in impl.registry:
        if issubclass(subclass, registered):
            impl.cache.add(subclass)
            return True
    for sub in cls.__subclasses__():
        if issubclass(subclass, sub):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    """The registry, cache and negative cache of `cls` (sets of weak references) and the
    negative cache's version: for debugging and test suites' leak checks."""
    impl = _impl(cls)
    return (
        impl.registry.refs(),
        impl.cache.refs(),
        impl.negative_cache.refs(),
        impl.negative_cache_version,
    )


def _reset_registry(cls):
    """Forgets the virtual subclasses registered with `cls`."""
    _impl(cls).registry.clear()


def _reset_caches(cls):
    """Empties both caches of `cls`."""
    impl = _impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()
