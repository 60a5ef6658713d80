# Exceptions: handlers, else/finally, chaining, custom classes, with statements.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["missing"]
    if kind == 3:
        return undefined_thing
    if kind == 4:
        return "a" + 1
    if kind == 5:
        return int("nope")
    if kind == 6:
        return None.attr
    if kind == 7:
        raise NotImplementedError
    return "fine"


for k in range(9):
    try:
        r = risky(k)
    except (ZeroDivisionError, IndexError) as e:
        print(k, "arith/index", type(e).__name__, e)
    except LookupError as e:
        print(k, "lookup", repr(e), e.args)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
    else:
        print(k, "else", r)
    finally:
        print(k, "finally")


class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(42)
except AppError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)


def reraiser():
    try:
        raise OSError("disk")
    except OSError:
        print("logging")
        raise


try:
    reraiser()
except OSError as e:
    print("outer got", e)


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with Resource("a") as r1, Resource("b") as r2:
    print("body", r1.name, r2.name)
with Resource("c", swallow=True):
    raise ValueError("suppressed")
try:
    with Resource("d"):
        raise ValueError("propagated")
except ValueError as e:
    print("after with:", e)


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")


print(finally_return())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print("value", e.value)
e = ValueError("a", 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(RecursionError, RuntimeError), ZeroDivisionError.__mro__[1].__name__)
try:
    raise Exception
except Exception as exc:
    print(type(exc).__name__, exc.args)
n = 0
while True:
    try:
        n += 1
        if n > 3:
            break
        continue
    finally:
        print("loop finally", n)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("caught", e)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)
