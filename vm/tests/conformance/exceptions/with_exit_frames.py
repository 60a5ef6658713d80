# __exit__ called for an exception: suppressing, not suppressing, raising its own error,
# reading the traceback, builtin context managers, and nesting.
import sys
import io
import traceback


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None, value, tb is not None,
              tb.tb_lineno if tb else None)
        return kind is not None and issubclass(kind, self.kinds)


class Raises:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise RuntimeError("from exit")


class ReturnsObject:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return [1]


with Suppress(KeyError):
    {}["missing"]
print("after suppress")

try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("escaped", repr(e))

try:
    with Raises():
        1 / 0
except RuntimeError as e:
    print("exit raised", e, repr(e.__context__))
    print([line.strip() for line in traceback.format_exception(e)][-1])

with ReturnsObject():
    raise ValueError("swallowed")
print("after truthy exit")


def inner():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"


print(inner())

buf = io.StringIO()
try:
    with buf:
        raise TypeError("in buffer")
except TypeError as e:
    print("buffer closed", buf.closed, e)

for i in range(3):
    with Suppress(ValueError):
        with Suppress(KeyError):
            raise ValueError(i)

print(sys.exc_info())


def deep(n):
    if n == 0:
        raise LookupError("deep")
    with Suppress(KeyError):
        return deep(n - 1)


try:
    deep(3)
except LookupError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames", count)
