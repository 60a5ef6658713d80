# Positional calls that bind without a binding table: missing arguments take defaults, extra
# ones become *args, cells are made for captured parameters, and a __defaults__ longer or
# shorter than the parameter list is honoured from its end.


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, 20, 30))


def g(a, *rest):
    return (a, rest)


print(g(1), g(1, 2), g(1, 2, 3, 4, 5, 6, 7, 8, 9))


def h(a, b=5, *rest):
    return (a, b, rest)


print(h(1), h(1, 2), h(1, 2, 3), h(1, 2, 3, 4))


def star(*args):
    return args


print(star(), star(1), star(*range(6)))


def captures(x, y=10, *more):
    def inner():
        return x + y + sum(more)
    return inner


print(captures(1)(), captures(1, 2)(), captures(1, 2, 3, 4)())


def two(a, b):
    return (a, b)


two.__defaults__ = (7, 8, 9)
print(two(), two(1), two(1, 2))
two.__defaults__ = (9,)
print(two(1))
try:
    two()
except TypeError as e:
    print(e)


def gen(n, step=1, *extra):
    for i in range(0, n, step):
        yield i
    yield extra


print(list(gen(5)), list(gen(6, 2, "x", "y")))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)


class C:
    def m(self, k=1, *rest):
        return (k, rest)


c = C()
print(c.m(), c.m(5), c.m(5, 6, 7), C.m(c))
print(list(map(lambda x, i=3: x + i, [1, 2])))
