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


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        if len(initial) > 1:
            raise TypeError("reduce expected at most 3 arguments, got %d" % (len(initial) + 2))
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


def _make_key(args, kwargs, typed):
    key = args
    if kwargs:
        key = key + (_missing,) + tuple(kwargs.items())
    if typed:
        key = key + tuple(type(a) for a in args)
    return key


def lru_cache(maxsize=128, typed=False):
    def decorating(user_function):
        cache = {}
        order = []
        stats = [0, 0]

        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwargs)
            if maxsize is None:
                cache[key] = result
            elif maxsize > 0:
                cache[key] = result
                order.append(key)
                if len(order) > maxsize:
                    del cache[order.pop(0)]
            return result

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)

    if callable(maxsize) and not isinstance(maxsize, int):
        user_function, maxsize = maxsize, 128
        return decorating(user_function)
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


def cmp_to_key(mycmp):
    # Each rich comparison asks the old-style function once and reads its sign.
    def sign(a, b):
        return mycmp(a.obj, b.obj)

    class KeyWrapper:
        __slots__ = ("obj",)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return sign(self, other) < 0

        def __le__(self, other):
            return sign(self, other) <= 0

        def __eq__(self, other):
            return sign(self, other) == 0

        def __ge__(self, other):
            return sign(self, other) >= 0

        def __gt__(self, other):
            return sign(self, other) > 0

    return KeyWrapper


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
