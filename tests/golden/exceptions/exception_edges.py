# Less common exception paths: bare raise outside a handler, exceptions from finally,
# handlers chosen through a tuple in a variable, nested handlers, and cleanup of the target.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally before replacement")
        raise KeyError("second")
except KeyError as e:
    print("replaced by", repr(e), "context", repr(e.__context__))
errors = (TypeError, ZeroDivisionError)
try:
    1 / 0
except errors as e:
    print("tuple in a variable caught", type(e).__name__)
try:
    try:
        {}["missing"]
    except KeyError:
        try:
            [][0]
        except IndexError as inner:
            print("inner", repr(inner), "context", repr(inner.__context__))
        raise
except KeyError as outer:
    print("outer got the re-raised", repr(outer))


def thrower(kind):
    raise kind("from thrower")


for kind in [ValueError, TypeError, OSError, NotImplementedError, StopIteration]:
    try:
        thrower(kind)
    except (ValueError, TypeError) as e:
        print("value or type:", e)
    except Exception as e:
        print("other:", type(e).__name__, e, isinstance(e, RuntimeError))
e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(repr(BaseException()), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
