# functools.lru_cache and cache over the native _lru_cache_wrapper: hits, misses,
# eviction order, typed keys, methods, reentrancy and the wrapper's attributes.
import functools
from _functools import _lru_cache_wrapper

calls = []


@functools.lru_cache(maxsize=2)
def double(x):
    calls.append(x)
    return x * 2


print([double(v) for v in [1, 1, 2, 3, 1, 3, 2]], calls)
print(double.cache_info(), double.cache_parameters())
double.cache_clear()
print(double.cache_info())
print(type(double).__name__, type(double) is _lru_cache_wrapper)
print(double.__name__, double.__wrapped__.__name__, double.__doc__)


@functools.lru_cache(typed=True)
def ident(x, **kw):
    return (type(x).__name__, sorted(kw))


print(ident(1), ident(1.0), ident(True), ident(1, a=2), ident.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@functools.lru_cache(maxsize=0)
def uncached(x):
    return x


print(uncached(1), uncached(1), uncached.cache_info())


class Point:
    def __init__(self, x):
        self.x = x

    @functools.lru_cache(maxsize=None)
    def scaled(self, k):
        return self.x * k


pt = Point(3)
print(pt.scaled(2), pt.scaled(2), Point.scaled.cache_info())
print(Point.scaled is Point.__dict__["scaled"])


# An __eq__ that calls the cached function while the cache is searched.
@functools.lru_cache(maxsize=10)
def same(x):
    return x


class DoubleEq:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, other):
        if self.x == 2:
            same(DoubleEq(1))
        return self.x == other.x


same(DoubleEq(1))
same(DoubleEq(2))
print(same(DoubleEq(2)).x, same.cache_info())


# Each key is hashed once per call.
class Counted:
    hashes = 0

    def __hash__(self):
        Counted.hashes += 1
        return 7


@functools.lru_cache(maxsize=1)
def take(a, b):
    return b


c = Counted()
take(c, 1)
take(c, 1)
take(5, 2)
take(c, 1)
print(Counted.hashes, take.cache_info())

try:
    take([], 1)
except TypeError as e:
    print("TypeError", e)
for args in [(len, "x", False, None), (1, 1, False, None)]:
    try:
        _lru_cache_wrapper(*args)
    except TypeError as e:
        print("TypeError", e)
print(double.__copy__() is double, double.__deepcopy__({}) is double)
