# except* clauses: matching parts, the rest, raising in a clause, else and finally.
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("value", repr(e))
    except* (TypeError, KeyError):
        print("type or key")
    else:
        print("else")
    finally:
        print("finally")


run([ValueError(1), TypeError(2)])
try:
    run([OSError(3), ValueError(4)])
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("new")
except KeyError as k:
    print("new", repr(k), repr(k.__context__))
