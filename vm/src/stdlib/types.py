"""The `types` module, as much of it as Krait needs: the classes of builtin objects, and
`UnionType` (`int | str`) and `GenericAlias` (`list[int]`), which the VM builds by calling
`_union` and `_generic_alias` here."""

def _f(): pass
FunctionType = type(_f)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
def _g(): yield
GeneratorType = type(_g())
CodeType = type(_f.__code__)
del _f, _g
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
del _C
ModuleType = type(__import__("sys"))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _type_repr(t):
    if t is ...:
        return "..."
    if t is None or t is NoneType:
        return "None"
    if isinstance(t, type) and not isinstance(t, (GenericAlias, UnionType)):
        if t.__module__ == "builtins":
            return t.__qualname__
        return f"{t.__module__}.{t.__qualname__}"
    return repr(t)


_ALIAS_OWN = frozenset((
    "__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__",
    "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__unpacked__",
))


class GenericAlias:
    """`list[int]`: an origin class and its arguments."""

    # Made by `__new__`, as CPython's is, so a subclass's `__new__` can pass the origin
    # and arguments on through `super().__new__(cls, origin, args)`.
    def __new__(cls, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self = object.__new__(cls)
        self.__origin__ = origin
        self.__args__ = args
        self.__unpacked__ = False
        return self

    def __reduce__(self):
        # A starred alias comes back as the one item of its unstarred alias's iterator.
        if self.__unpacked__:
            return next, (iter(GenericAlias(self.__origin__, self.__args__)),)
        return type(self), (self.__origin__, self.__args__)

    @property
    def __parameters__(self):
        # The type variables among the arguments and within them, in order, each once;
        # worked out on first use, as CPython does, then kept.
        found = self.__dict__.get("_parameters")
        if found is None:
            found = _collect_parameters(self.__args__)
            self.__dict__["_parameters"] = found
        return found

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __getitem__(self, items):
        # `list[T][int]`: the arguments with each type variable replaced by its item.
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        items = _unpack_items(items if isinstance(items, tuple) else (items,))
        for param in params:
            prepare = getattr(param, "__typing_prepare_subst__", None)
            if prepare is not None:
                items = prepare(self, items)
        if len(items) != len(params):
            which = "many" if len(items) > len(params) else "few"
            raise TypeError(f"Too {which} arguments for {self!r}; "
                            f"actual {len(items)}, expected {len(params)}")
        newargs = []
        for arg in self.__args__:
            if isinstance(arg, type):
                newargs.append(arg)
                continue
            unpack = bool(getattr(arg, "__typing_is_unpacked_typevartuple__", False))
            subst = getattr(arg, "__typing_subst__", None)
            if subst is not None:
                arg = subst(items[params.index(arg)])
            else:
                arg = _substitute_within(arg, params, items)
            if unpack:
                newargs.extend(arg)
            else:
                newargs.append(arg)
        result = GenericAlias(self.__origin__, tuple(newargs))
        result.__unpacked__ = self.__unpacked__
        return result

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        star = "*" if self.__unpacked__ else ""
        return f"{star}{_type_repr(self.__origin__)}[{inner}]"

    def __iter__(self):
        # `*tuple[int]` (in a subscript or a star expression) iterates the alias: one
        # item, the alias starred.
        return _AliasIterator(self)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getattr__(self, name):
        # Everything else is the origin's, as in CPython.
        if name in _ALIAS_OWN:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _collect_parameters(args):
    # What `__parameters__` lists: the arguments that are type variables (they have
    # `__typing_subst__`) and the parameters of the arguments that have some.
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, "__typing_subst__"):
            inner = (arg,)
        else:
            inner = getattr(arg, "__parameters__", None)
            if not isinstance(inner, tuple):
                continue
        for p in inner:
            if p not in params:
                params.append(p)
    return tuple(params)


def _unpack_items(items):
    # Subscript items with `*tuple[int, str]` among them spread into their arguments (an
    # unbounded `*tuple[int, ...]` stays as it is).
    out = []
    for item in items:
        if not isinstance(item, type):
            inner = getattr(item, "__typing_unpacked_tuple_args__", None)
            if isinstance(inner, tuple) and not (inner and inner[-1] is ...):
                out.extend(inner)
                continue
        out.append(item)
    return tuple(out)


def _substitute_within(arg, params, items):
    # An argument with type variables of its own (`dict[T, int]` inside `list[...]`) is
    # subscripted with the items for them; a TypeVarTuple's item (a tuple) spreads.
    inner = getattr(arg, "__parameters__", None)
    if not isinstance(inner, tuple) or not inner:
        return arg
    subargs = []
    for p in inner:
        if p in params:
            i = params.index(p)
            item = items[i]
            if hasattr(type(params[i]), "__iter__") and isinstance(item, tuple):
                subargs.extend(item)
                continue
            subargs.append(item)
        else:
            subargs.append(p)
    return arg[tuple(subargs)]


class _AliasIterator:
    """The iterator of a `GenericAlias`: yields the alias once, starred."""

    def __init__(self, alias):
        self._alias = alias

    def __iter__(self):
        return self

    def __next__(self):
        alias = self._alias
        if alias is None:
            raise StopIteration
        self._alias = None
        starred = GenericAlias(alias.__origin__, alias.__args__)
        starred.__unpacked__ = True
        return starred

    def __reduce__(self):
        # `iter` is looked up first: the lookup may run Python code (a builtins key with
        # its own `__eq__`) that exhausts this iterator.
        it = iter
        if self._alias is None:
            return it, ((),)
        return it, (self._alias,)


_AliasIterator.__name__ = _AliasIterator.__qualname__ = "generic_alias_iterator"


class UnionType:
    """`int | str`: isinstance and issubclass accept it like a tuple of its members."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __getitem__(self, items):
        # `(int | list[T])[str]`: the members with the type variables substituted (as an
        # alias's are), joined again with `|`.
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        members = GenericAlias(UnionType, self.__args__)[items].__args__
        result = members[0]
        for m in members[1:]:
            result = result | m
        return result

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


def _union_member(t):
    return t is None or isinstance(t, (type, GenericAlias, UnionType))


def _union(a, b):
    if not (_union_member(a) and _union_member(b)):
        return NotImplemented
    args = []
    for t in (a, b):
        parts = t.__args__ if isinstance(t, UnionType) else (t,)
        for p in parts:
            if p is None:
                p = NoneType
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _generic_alias(origin, args):
    return GenericAlias(origin, args)


MappingProxyType = type(type.__dict__)


class _MappingProxy:
    """mappingproxy(m) of a mapping that is not a dict: lookups go to the mapping, changes
    are refused (a dict's proxy is the native type)."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


_MappingProxy.__name__ = _MappingProxy.__qualname__ = "mappingproxy"


class DynamicClassAttribute:
    """A property on instances whose lookup on the class falls through to the class's
    `__getattr__` (the class itself raises AttributeError), as enum members' `name`."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _longrange:
    """range() whose bounds do not fit in 64 bits (the native range holds i64 bounds)."""

    __slots__ = ("start", "stop", "step")

    def __init__(self, *args):
        for a in args:
            if not hasattr(type(a), "__index__"):
                raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
        args = [a.__index__() for a in args]
        if len(args) == 1:
            start, stop, step = 0, args[0], 1
        elif len(args) == 2:
            start, stop, step = args[0], args[1], 1
        else:
            start, stop, step = args
        if step == 0:
            raise ValueError("range() arg 3 must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def _length(self):
        start, stop, step = self.start, self.stop, self.step
        if step > 0:
            return max(0, (stop - start + step - 1) // step)
        return max(0, (start - stop - step - 1) // -step)

    def __len__(self):
        n = self._length()
        if n > 0x7FFFFFFFFFFFFFFF:
            raise OverflowError("Python int too large to convert to C ssize_t")
        return n

    def __bool__(self):
        return self._length() > 0

    def __contains__(self, value):
        if type(value) is not int and type(value) is not bool:
            return any(value == x for x in self)
        offset = value - self.start
        if self.step > 0:
            inside = self.start <= value < self.stop
        else:
            inside = self.stop < value <= self.start
        return inside and offset % self.step == 0

    def index(self, value):
        if type(value) is int or type(value) is bool:
            if value in self:
                return (value - self.start) // self.step
        else:
            for k, x in enumerate(self):
                if x == value:
                    return k
            raise ValueError("sequence.index(x): x not in sequence")
        raise ValueError(f"{value!r} is not in range")

    def count(self, value):
        if type(value) is int or type(value) is bool:
            return int(value in self)
        return sum(1 for x in self if x == value)

    def __getitem__(self, index):
        n = self._length()
        if isinstance(index, slice):
            start, stop, step = _slice_indices(index, n)
            return _longrange(self.start + start * self.step, self.start + stop * self.step,
                              self.step * step)
        index = index.__index__()
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("range object index out of range")
        return self.start + index * self.step

    def __iter__(self):
        return _longrange_iterator._make(self.start, self.step, self._length())

    def __reversed__(self):
        n = self._length()
        return _longrange_iterator._make(self.start + (n - 1) * self.step, -self.step, n)

    def _key(self):
        n = self._length()
        if n == 0:
            return (0,)
        if n == 1:
            return (1, self.start)
        return (n, self.start, self.step)

    def __eq__(self, other):
        if isinstance(other, (range, _longrange)):
            return self._key() == _longrange(other.start, other.stop, other.step)._key()
        return NotImplemented

    def __hash__(self):
        n = self._length()
        return hash((n, None if n == 0 else self.start, None if n < 2 else self.step))

    def __repr__(self):
        if self.step == 1:
            return f"range({self.start!r}, {self.stop!r})"
        return f"range({self.start!r}, {self.stop!r}, {self.step!r})"

    def __reduce__(self):
        return range, (self.start, self.stop, self.step)


_longrange.__name__ = _longrange.__qualname__ = "range"


def _slice_index(v):
    # A slice bound as an int, with slice.indices' error for anything else.
    if v is None or type(v) is int:
        return v
    if not hasattr(type(v), "__index__"):
        raise TypeError("slice indices must be integers or None or have an __index__ method")
    return v.__index__()


def _slice_indices(s, n):
    # slice.indices for bounds or lengths beyond i64.
    start, stop, step = _slice_index(s.start), _slice_index(s.stop), _slice_index(s.step)
    step = 1 if step is None else step
    if step == 0:
        raise ValueError("slice step cannot be zero")
    lo, hi = (0, n) if step > 0 else (-1, n - 1)

    def clamp(v, default):
        if v is None:
            return default
        if v < 0:
            v += n
        return min(max(v, lo), hi)

    start = clamp(start, lo if step > 0 else hi)
    stop = clamp(stop, hi if step > 0 else lo)
    return start, stop, step


class _longrange_iterator:
    """An iterator over `len` values from `start` by `step`, at position `index`."""

    __slots__ = ("_start", "_step", "_len", "_index")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'longrange_iterator' instances")

    @classmethod
    def _make(cls, start, step, length):
        it = object.__new__(cls)
        it._start, it._step, it._len, it._index = start, step, length, 0
        return it

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= self._len:
            raise StopIteration
        value = self._start + self._index * self._step
        self._index += 1
        return value

    def __length_hint__(self):
        return max(0, self._len - self._index)

    def __reduce__(self):
        stop = self._start + self._len * self._step
        return iter, (range(self._start, stop, self._step),), self._index

    def __setstate__(self, index):
        if type(index) is not int:
            raise TypeError("an integer is required")
        self._index = min(max(index, 0), self._len)


_longrange_iterator.__name__ = _longrange_iterator.__qualname__ = "longrange_iterator"


def _structseq(qualname, fields, values):
    """A struct sequence like sys.float_info: a tuple whose items are also named fields."""
    ns = {"__slots__": (), "_fields": fields, "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{qualname}({inner})"

    def __reduce__(self):
        return type(self), (tuple(self),)

    ns["__repr__"] = __repr__
    ns["__reduce__"] = __reduce__
    module, _, name = qualname.rpartition(".")
    ns["__module__"] = module
    cls = type(name, (tuple,), ns)
    return tuple.__new__(cls, values)


_unraisable_class = None
_asyncgen_hooks_class = None


def _asyncgen_hooks(firstiter, finalizer):
    """What sys.get_asyncgen_hooks() returns: a struct sequence of the two hooks."""
    global _asyncgen_hooks_class
    values = (firstiter, finalizer)
    if _asyncgen_hooks_class is None:
        _asyncgen_hooks_class = type(_structseq("asyncgen_hooks", ("firstiter", "finalizer"),
                                                values))
        _asyncgen_hooks_class.__module__ = "builtins"
    return tuple.__new__(_asyncgen_hooks_class, values)


def _unraisable_args(exc_type, exc_value, exc_traceback, err_msg, obj):
    """The argument of sys.unraisablehook, a struct sequence of the five fields."""
    global _unraisable_class
    fields = ("exc_type", "exc_value", "exc_traceback", "err_msg", "object")
    values = (exc_type, exc_value, exc_traceback, err_msg, obj)
    if _unraisable_class is None:
        _unraisable_class = type(_structseq("UnraisableHookArgs", fields, values))
    return tuple.__new__(_unraisable_class, values)


def _sys_flags(values):
    """sys.flags: what the command line set, from the VM's options."""
    return _structseq("sys.flags", ("debug", "inspect", "interactive", "optimize",
                                    "dont_write_bytecode", "no_user_site", "no_site",
                                    "ignore_environment", "verbose", "bytes_warning", "quiet",
                                    "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                    "warn_default_encoding", "safe_path",
                                    "int_max_str_digits"), values)


def _sys_attr(name):
    """The attributes of `sys` made of Python-level types, built on first use."""
    import sys
    if name == "version_info":
        return _structseq("sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"),
                          (3, 11, 7, "final", 0))
    if name == "implementation":
        # cache_tag names the __pycache__ files: krait_bytecode::cache::CACHE_TAG (the cli
        # tests check that the two agree).
        version = _structseq("sys.version_info",
                             ("major", "minor", "micro", "releaselevel", "serial"),
                             (0, 1, 0, "final", 0))
        impl = SimpleNamespace(name="krait", cache_tag="krait-01", version=version,
                               hexversion=0x000100f0, _multiarch="x86_64-linux-gnu")
        return impl
    if name == "float_info":
        return _structseq("sys.float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp",
                                             "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                             "rounds"),
                          (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
                           -307, 15, 53, 2.220446049250313e-16, 2, 1))
    if name == "int_info":
        return _structseq("sys.int_info", ("bits_per_digit", "sizeof_digit",
                                           "default_max_str_digits", "str_digits_check_threshold"),
                          (30, 4, 4300, 640))
    if name == "hash_info":
        return _structseq("sys.hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm",
                                            "hash_bits", "seed_bits", "cutoff"),
                          (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
    if name == "thread_info":
        return _structseq("sys.thread_info", ("name", "lock", "version"), (None, None, None))
    raise AttributeError(f"module 'sys' has no attribute '{name}'")


def _object_reduce_ex(obj, proto):
    """`object.__reduce_ex__(proto)` when the class defines no `__reduce__` of its own:
    copyreg's protocol 0/1 reduction below protocol 2, `copyreg.__newobj__` (or
    `__newobj_ex__` with keyword arguments) from 2 on."""
    import copyreg
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    if not kwargs:
        func, newargs = copyreg.__newobj__, (cls, *(args or ()))
    else:
        func, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    required = args is None and not isinstance(obj, (list, dict))
    state = _get_state(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _special_method(obj, name):
    # The bound method `name` when the type (not the instance, nor `__getattr__`) has it.
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            return getattr(obj, name)
    return None


def _new_arguments(obj):
    # The `(args, kwargs)` that `__getnewargs_ex__` or `__getnewargs__` give, checked as
    # CPython checks them; `(None, None)` when the type has neither.
    getnewargs_ex = _special_method(obj, "__getnewargs_ex__")
    if getnewargs_ex is not None:
        rv = getnewargs_ex()
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(rv).__name__}'")
        if len(rv) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             f"not {len(rv)}")
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = _special_method(obj, "__getnewargs__")
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{type(args).__name__}'")
        return args, None
    return None, None


def _get_state(obj, required):
    # `obj.__getstate__()`, except that the default one is told whether the object must
    # be rebuildable from its state alone.
    getstate = obj.__getstate__
    if (getattr(type(obj), "__getstate__", None) is object.__getstate__
            and getattr(getstate, "__self__", None) is obj):
        return _object_getstate(obj, required)
    return getstate()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable), **kwargs)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({inner})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The types of builtin callables and descriptors. Krait has fewer distinct kinds than
# CPython: a builtin method is a builtin_function_or_method, a slot wrapper bound to its
# object is a method.
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.fromkeys)


class _S:
    __slots__ = ("a",)


MemberDescriptorType = type(_S.a)
del _S


def _cell():
    x = None

    def inner():
        return x

    return inner.__closure__[0]


CellType = type(_cell())
del _cell


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _c, _co


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _ag


class _G:
    pass


GetSetDescriptorType = type(_G.__dict__["__dict__"])
del _G


def resolve_bases(bases):
    """Replaces each base that is not a class but has __mro_entries__ by what that returns."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace from its __prepare__, and the remaining keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # The most derived metaclass among meta and the bases' metaclasses.
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, running exec_body(ns) for its body."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


# co_flags bits (numbered as CPython's): a generator, an `async def`, and a generator that
# `await` accepts.
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Makes a generator function usable with `await`: a plain generator function gets its
    code flagged as an iterable coroutine; any other callable is wrapped so that a generator
    it returns is awaitable."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is FunctionType and type(getattr(func, "__code__", None)) is CodeType:
        code = func.__code__
        flags = code.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # Krait fixes a function's code when it is made, so the flagged code goes into
            # a new function with the same defaults, closure and attributes.
            new = FunctionType(code.replace(co_flags=flags | _CO_ITERABLE_COROUTINE),
                               func.__globals__, func.__name__, func.__defaults__,
                               func.__closure__)
            new.__kwdefaults__ = func.__kwdefaults__
            new.__qualname__ = func.__qualname__
            new.__dict__.update(func.__dict__)
            return new

    import functools

    def has_all(obj, names):
        cls = type(obj)
        return all(any(n in vars(k) for k in cls.__mro__) for n in names)

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
            return result
        # A generator-like object (the Generator ABC's methods) that is not already
        # awaitable (the Coroutine ABC's) gets an awaitable wrapper.
        if has_all(result, ("__iter__", "__next__", "send", "throw", "close")) and not has_all(
            result, ("__await__", "send", "throw", "close")
        ):
            return _GeneratorWrapper(result)
        return result

    return wrapped


class _GeneratorWrapper:
    """An awaitable view of a generator (or generator-like object) that `types.coroutine`
    returns for callables that are not generator functions."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, val=None, tb=None):
        if val is None and tb is None:
            return self.__wrapped.throw(typ)
        return self.__wrapped.throw(typ, val, tb)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def _object_getstate(obj, required=False):
    # The state `object.__getstate__` gives in CPython 3.11: the instance dict (None when
    # absent or empty), paired with a dict of the set `__slots__` values when there are any.
    # `required` (a reduction without constructor arguments) refuses objects whose builtin
    # base keeps data that neither the dict nor the slots hold.
    cls = type(obj)
    if required:
        if cls.__itemsize__:
            raise TypeError(f"cannot pickle {cls.__name__} objects")
        for base in cls.__mro__:
            if not base.__flags__ & (1 << 9):
                if base is not object:
                    raise TypeError(f"cannot pickle {cls.__name__!r} object")
                break
    state = getattr(obj, "__dict__", None) or None
    import copyreg
    slot_names = copyreg._slotnames(cls)
    slots = {}
    for name in slot_names:
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if state and slot_names:
        # Slot values are not part of the instance dict's state.
        state = {k: v for k, v in state.items() if k not in slot_names} or None
    if slots:
        return (state, slots)
    return state
