# Exceptions raised in except* clauses are combined with the unhandled rest.
def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError:
        raise KeyError("from value clause")
    except* TypeError as e:
        raise RuntimeError("from type clause") from e

for excs in ([ValueError(1), TypeError(2), OSError(3)],
             [ValueError(1)],
             [ValueError(1), OSError(3)],
             [OSError(3)]):
    try:
        f(excs)
    except BaseException as e:
        print(type(e).__name__, repr(e))
        if isinstance(e, ExceptionGroup):
            for sub in e.exceptions:
                print("  ", repr(sub), repr(sub.__context__), repr(sub.__cause__))
        else:
            print("  context", repr(e.__context__))
