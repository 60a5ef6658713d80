"""Weak references, written for Krait on top of its native `_weakref` module: `ref`,
`getweakrefcount`, and the containers and `finalize` built from them."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakKeyDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives a method bound anew to the
    same object while both the object and the function are alive, else None. The
    callback runs once, when the first of the two dies."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            receiver = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(_, /):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, receiver, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        receiver = ref.__call__(self)
        func = self._func_ref()
        if receiver is None or func is None:
            return None
        return self._meth_type(func, receiver)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


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

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def clear(self):
        self.data.clear()

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def clear(self):
        self.data.clear()

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o


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

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def clear(self):
        self.data.clear()

    def keyrefs(self):
        return list(self.data)

    def clear(self):
        self.data.clear()

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value


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


# Proxies: objects that stand for a weakly held referent, forwarding attribute access and
# the operators to it, and raising ReferenceError once it is gone.

def _referent(p):
    o = object.__getattribute__(p, "_ProxyType__ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class ProxyType:
    __slots__ = ("_ProxyType__ref", "__weakref__")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ProxyType__ref")()
        if o is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        o = _referent(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        import operator
        return operator.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __abs__(self):
        return abs(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __invert__(self):
        return ~_referent(self)

    __hash__ = None


def _unwrap(v):
    return _referent(v) if isinstance(v, ProxyType) else v


def _forward_binary(name):
    import operator
    op = getattr(operator, name)

    def forward(self, other):
        return op(_referent(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _referent(self))

    return forward, reflected


def _forward_inplace(name):
    import operator
    op = getattr(operator, "i" + name)

    def forward(self, other):
        return op(_referent(self), _unwrap(other))

    return forward


for _name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
              "lshift", "rshift", "and", "xor", "or"):
    _fwd, _rfl = _forward_binary(_name if _name not in ("and", "or") else _name + "_")
    setattr(ProxyType, "__%s__" % _name, _fwd)
    setattr(ProxyType, "__r%s__" % _name, _rfl)
    setattr(ProxyType, "__i%s__" % _name, _forward_inplace(_name))

for _name in ("lt", "le", "eq", "ne", "gt", "ge"):
    setattr(ProxyType, "__%s__" % _name, _forward_binary(_name)[0])

ProxyType.__divmod__ = lambda self, other: divmod(_referent(self), _unwrap(other))
ProxyType.__rdivmod__ = lambda self, other: divmod(_unwrap(other), _referent(self))
del _name, _fwd, _rfl


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


class _ProxyRef(ref):
    # The weak reference inside a proxy: its own (not `ref(obj)`'s shared one), so that
    # `getweakrefcount` counts the proxy, and marked when it belongs to `obj`'s shared
    # callback-less proxy, which `proxy(obj)` hands out again (as CPython does).
    pass


def _shared_proxy(obj):
    for r in getweakrefs(obj):
        if type(r) is _ProxyRef:
            shared = r.__dict__.get("shared")
            p = shared() if shared is not None else None
            if p is not None:
                return p
    return None


def proxy(obj, callback=None, /):
    """A proxy for `obj` held weakly; `callback(proxy)` is called when `obj` goes."""
    if callback is None:
        p = _shared_proxy(obj)
        if p is not None:
            return p
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        r = _ProxyRef(obj)
        r.shared = ref(p)
    else:
        def fire(_, p_ref=ref(p)):
            q = p_ref()
            if q is not None:
                callback(q)
        r = _ProxyRef(obj, fire)
    object.__setattr__(p, "_ProxyType__ref", r)
    return p
