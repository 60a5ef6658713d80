"""Krait's abc module: `ABCMeta` over the `_abc` helpers (abstract methods collected into
`__abstractmethods__`, which `object.__new__` enforces; virtual subclasses by `register`,
with weak caches of subclass answers), `ABC`, the `abstract*` decorators,
`get_cache_token` and `update_abstractmethods`."""

from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (deprecated spelling of the two decorators)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (deprecated spelling of the two decorators)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated spelling of the two decorators)."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC; returns it (a decorator)."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative_cache, negative_version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recomputes `__abstractmethods__` of an ABC after methods were added or replaced."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class: subclass it to make an abstract base class."""

    __slots__ = ()
