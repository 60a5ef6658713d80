# An exception raised in a generator is chained to the one its resumer is handling.
def g1():
    try:
        yield
    except Exception as e:
        print("context", repr(e.__context__))
    yield "after"


g = g1()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    print(g.throw(KeyError("inner")))


def g2():
    yield
    raise RuntimeError("in gen")


g = g2()
next(g)
try:
    raise ValueError("handling")
except ValueError:
    try:
        next(g)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))


def inner():
    yield
    raise KeyError("deep")


def outer():
    yield from inner()


g = outer()
next(g)
try:
    raise TypeError("top")
except TypeError:
    try:
        next(g)
    except KeyError as e:
        print(repr(e), repr(e.__context__))
