# raise with instances and classes, bare raise re-raises, raise ... from ..., exception args.
def fails():
    raise ValueError("bad value", 42)


try:
    fails()
except ValueError as e:
    print(e.args, str(e), repr(e))


def reraise():
    try:
        fails()
    except ValueError:
        print("logging, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e.args[0])
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
e = None
try:
    raise IndexError("idx")
except IndexError as err:
    e = err
print(type(e).__name__, e)
try:
    err
except NameError:
    print("the except target is unbound after the handler")
print(str(ValueError()), repr(ValueError()), str(ValueError("a", "b")))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
