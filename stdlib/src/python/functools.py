"""Krait's functools module: reduce, partial, caching and wrapper helpers."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    # Metadata the wrapped callable lacks is simply not copied.
    absent = object()
    for name in assigned:
        found = getattr(wrapped, name, absent)
        if found is not absent:
            setattr(wrapper, name, found)
    for name in updated:
        merged_into = getattr(wrapper, name)
        for key, item in getattr(wrapped, name, {}).items():
            merged_into[key] = item
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper


def _unwrap_partial(func):
    """The function under any number of partial() layers (inspect uses this)."""
    while isinstance(func, partial):
        func = func.func
    return func


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    def defined(name):
        return name in cls.__dict__ and cls.__dict__[name] is not getattr(object, name, None)

    if defined("__lt__"):
        if not defined("__gt__"):
            cls.__gt__ = lambda self, other: other < self
        if not defined("__le__"):
            cls.__le__ = lambda self, other: not other < self
        if not defined("__ge__"):
            cls.__ge__ = lambda self, other: not self < other
    elif defined("__gt__"):
        if not defined("__lt__"):
            cls.__lt__ = lambda self, other: other > self
        if not defined("__ge__"):
            cls.__ge__ = lambda self, other: not other > self
        if not defined("__le__"):
            cls.__le__ = lambda self, other: not self > other
    elif defined("__le__"):
        if not defined("__ge__"):
            cls.__ge__ = lambda self, other: other <= self
        if not defined("__lt__"):
            cls.__lt__ = lambda self, other: self <= other and not self == other
        if not defined("__gt__"):
            cls.__gt__ = lambda self, other: not self <= other
    elif defined("__ge__"):
        if not defined("__le__"):
            cls.__le__ = lambda self, other: other >= self
        if not defined("__gt__"):
            cls.__gt__ = lambda self, other: self >= other and not self == other
        if not defined("__lt__"):
            cls.__lt__ = lambda self, other: not self >= other
    else:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    return cls


WRAPPER_UPDATES = ("__dict__",)

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val

    def __class_getitem__(cls, item):
        return cls


class partialmethod:
    """Like partial, for methods: the bound object comes first, then the frozen arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join([repr(self.func)] + [repr(a) for a in self.args]
                         + [f"{k}={v!r}" for k, v in self.keywords.items()])
        return f"{type(self).__module__}.{type(self).__qualname__}({args})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]


def singledispatch(func):
    """Turns func into a generic function dispatching on the class of its first argument."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def _annotation_class(f):
        ann = getattr(f, "__annotations__", {})
        if not ann:
            raise TypeError(f"Invalid first argument to `register()`: {f!r}. "
                            "Use either `@register(some_class)` or plain `@register` "
                            "on an annotated function.")
        import typing
        hints = typing.get_type_hints(f) if hasattr(typing, "get_type_hints") else ann
        argname, cls = next(iter(hints.items()))
        return cls

    def register(cls, func=None):
        if isinstance(cls, type) or hasattr(cls, "__args__"):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class.")
            func = cls
            cls = _annotation_class(func)
        members = getattr(cls, "__args__", None) if not isinstance(cls, type) else None
        for c in (members or (cls,)):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self or cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
