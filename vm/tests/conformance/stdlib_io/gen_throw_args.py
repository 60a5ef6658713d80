# generator.throw's (type, value, traceback) forms and their errors.
import sys


def f():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)


cases = [
    (ValueError,), (ValueError("v"),), (ValueError, TypeError(1)), (ValueError, ValueError(1)),
    (LookupError, KeyError("k")), (ValueError, (1, 2)), (ValueError, None), (ValueError, 6),
    (ValueError, ValueError(1), None), (ValueError(1), "foo"), (ValueError, "foo", 23),
    ("abc",), (0,), (list,), (ValueError(1), None, None),
]
g = f()
next(g)
for args in cases:
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)


def h():
    try:
        yield
    except ValueError as e:
        print("tb kept", e.__traceback__ is not None)
        yield "ok"


try:
    raise ValueError("with tb")
except ValueError:
    info = sys.exc_info()
g = h()
next(g)
print(g.throw(*info))
closed = f()
try:
    closed.throw(ValueError, 7)
except ValueError as e:
    print(type(e).__name__, e)


class Bad(Exception):
    def __new__(cls, *args):
        return cls


class Failing(Exception):
    def __init__(self, *args):
        raise KeyError("from __init__")


for args in [(Bad,), (Bad, 1), (Failing,), (Failing, (1, 2))]:
    def boring():
        yield "started"

    g = boring()
    next(g)
    try:
        g.throw(*args)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
    print(next(g, "finished"))
