# A generator with no exception of its own sees the one its resumer is handling.
import sys


def gen():
    print("start", sys.exc_info()[0])
    yield 1
    print("resumed", sys.exc_info()[0], sys.exception())
    try:
        raise KeyError
    except KeyError:
        yield 2
        print("own", sys.exc_info()[0])
    print("after", sys.exc_info()[0])
    yield 3
    print("end", sys.exc_info()[0])
    yield 4
    print("last", sys.exc_info()[0])
    yield 5


g = gen()
try:
    raise ValueError
except ValueError:
    next(g)
next(g)
try:
    raise TypeError
except TypeError:
    next(g)
    print("caller", sys.exc_info()[0])
next(g)
try:
    raise IndexError
except IndexError:
    next(g)


def reraiser():
    yield
    raise


g = reraiser()
next(g)
try:
    raise LookupError("from caller")
except LookupError:
    try:
        next(g)
    except LookupError as e:
        print("reraised", repr(e))
