# _abc: the helpers behind ABCMeta, used directly.
import _abc
import abc


class A(abc.ABC):
    pass


class B:
    pass


registry, cache, negative, version = _abc._get_dump(A)
print(len(registry), len(cache), len(negative), version == _abc.get_cache_token())
print(issubclass(B, A))
registry, cache, negative, version = _abc._get_dump(A)
print(len(registry), len(cache), len(negative))
t = _abc.get_cache_token()
A.register(B)
print(_abc.get_cache_token() == t + 1)
print(issubclass(B, A))
registry, cache, negative, version = _abc._get_dump(A)
print(len(registry), [r() is B for r in registry], len(cache), len(negative))
_abc._reset_caches(A)
registry, cache, negative, version = _abc._get_dump(A)
print(len(registry), len(cache), len(negative))
_abc._reset_registry(A)
print(issubclass(B, A))


class NoImpl:
    pass


for f in (_abc._get_dump, _abc._reset_caches, _abc._reset_registry):
    try:
        f(NoImpl)
    except (TypeError, AttributeError) as e:
        print(f.__name__, type(e).__name__)
try:
    _abc._abc_instancecheck(NoImpl, 1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(type(e).__name__, e)
