# Raising while handling an exception whose context chain is a cycle does not hang: the
# new exception's context is the handled one, and the cycle stays as the program made it.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)


def longer_cycle():
    a, b, c = ValueError("a"), ValueError("b"), ValueError("c")
    a.__context__, b.__context__, c.__context__ = b, c, b
    try:
        raise a
    except ValueError:
        raise KeyError("k")


try:
    longer_cycle()
except KeyError as e:
    ctx = e.__context__
    print(repr(ctx), repr(ctx.__context__), repr(ctx.__context__.__context__.__context__))
