# Functions as values: map/filter/reduce by hand, composition, memoisation.
def my_map(f, xs):
    out = []
    for x in xs:
        out.append(f(x))
    return out


def my_reduce(f, xs, acc):
    for x in xs:
        acc = f(acc, x)
    return acc


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


print(my_map(str, [1, 2, 3]), my_reduce(lambda a, b: a * b, range(1, 8), 1))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(9))


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(80))


def trace(f):
    def wrapped(*args):
        print("->", f.__name__, args)
        result = f(*args)
        print("<-", result)
        return result
    return wrapped


@trace
def add(a, b):
    return a + b


add(2, 3)
