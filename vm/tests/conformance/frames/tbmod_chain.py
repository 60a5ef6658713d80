import traceback

def low():
    raise KeyError("low")

def high():
    try:
        low()
    except KeyError as e:
        raise RuntimeError("high") from e

try:
    high()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print(te.__cause__.exc_type.__name__, te.__context__)
    print("".join(te.format()).replace(__file__, "FILE"), end="")
    print("==")
    print("".join(te.format(chain=False)).replace(__file__, "FILE"), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print("".join(te.format()).replace(__file__, "FILE"), end="")
    print(list(te.format_exception_only()))
