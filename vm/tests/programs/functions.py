# Functions: defaults, keyword arguments, *args/**kwargs, closures, decorators, lambdas.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=10))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, c=3), pos_only(1, 2, 3))


def make_counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())

x = "global"


def scopes():
    x = "enclosing"

    def inner():
        return x

    return inner()


def use_global():
    global x
    x = "changed"


print(scopes(), x)
use_global()
print(x)


def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"

    wrapper.__name__ = fn.__name__
    return wrapper


@deco
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("bob"), greet("amy", punct="?"), greet.__name__)


def memo(fn):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapped


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
square = lambda v: v * v
adders = [lambda v, i=i: v + i for i in range(3)]
print(square(7), [a(10) for a in adders], (lambda *a: len(a))(1, 2, 3))
print(sorted([3, -1, 2], key=lambda v: abs(v)), list(map(lambda p: p[0], [(1, 2), (3, 4)])))


def recursive_sum(n):
    return 0 if n == 0 else n + recursive_sum(n - 1)


print(recursive_sum(500))


def kwonly(*, key="k"):
    return key


print(kwonly(), kwonly(key="v"))


def varargs(*args):
    return args


print(varargs(), varargs(1), varargs(*"ab", *[3]))
print(f.__name__, f.__qualname__, make_counter().__qualname__, f.__defaults__, f.__kwdefaults__)


def outer():
    def middle():
        def innermost():
            return "deep"
        return innermost
    return middle()()


print(outer())


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
