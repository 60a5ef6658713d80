# Exceptions thrown through a yield-from chain keep their context and traceback order.
import sys


def inner():
    try:
        yield 1
    except ValueError:
        raise KeyError("from inner")


def outer():
    yield from inner()


g = outer()
next(g)
try:
    g.throw(ValueError("v"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


def catches():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e), sys.exc_info()[0].__name__)
        yield "recovered"


g = catches()
next(g)
print(g.throw(ValueError("w")))
print(sys.exc_info())
