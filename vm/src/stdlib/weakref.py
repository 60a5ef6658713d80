"""Weak references, written for Krait on top of its native `_weakref` module: `ref`,
`getweakrefcount`, and the containers and `finalize` built from them."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "getweakrefcount", "getweakrefs", "ReferenceType", "WeakValueDictionary",
           "WeakKeyDictionary", "WeakSet", "finalize"]


def _value_remover(selfref, key):
    def remove(wr):
        self = selfref()
        if self is not None and self.data.get(key) is wr:
            del self.data[key]
    return remove


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value does."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def __setitem__(self, key, value):
        self.data[key] = ref(value, _value_remover(ref(self), key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return iter(self)

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def values(self):
        for key, o in self.items():
            yield o

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    def valuerefs(self):
        return list(self.data.values())


def _key_remover(selfref):
    def remove(wr):
        self = selfref()
        if self is not None:
            self.data.pop(wr, None)
    return remove


class _WeaklyHeld:
    """What a container whose `data` holds weak references to its members has in common."""

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class WeakKeyDictionary(_WeaklyHeld):
    """A mapping whose keys are held weakly: an entry goes when its key does."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return iter(self)

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def values(self):
        for o, value in self.items():
            yield value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

    def keyrefs(self):
        return list(self.data)


class WeakSet(_WeaklyHeld):
    """A set whose members are held weakly: a member goes when nothing else holds it."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _key_remover_set(ref(self))
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)


def _key_remover_set(selfref):
    def remove(wr):
        self = selfref()
        if self is not None:
            self.data.discard(wr)
    return remove


class finalize:
    """Calls `func(*args, **kwargs)` once, when `obj` is freed or when the finalizer is
    called, whichever comes first."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry[self._key] = self
        self._ref = ref(obj, self._fire)

    def _fire(self, wr):
        self()

    def __call__(self, _=None):
        info = self._detach()
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def _detach(self):
        if finalize._registry.pop(self._key, None) is None:
            return None
        info, self._info = self._info, None
        return info

    def detach(self):
        obj = self._ref()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._detach()
            return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(obj).__name__, id(obj))
