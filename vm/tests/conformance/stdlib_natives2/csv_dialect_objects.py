# Dialects from objects, names and other dialects; read-only attributes; no pickling.
import _csv, copy

class Semi:
    delimiter = ";"
    quoting = _csv.QUOTE_ALL

d = _csv.Dialect(Semi)
print(d.delimiter, d.quoting, d.quotechar)
print(_csv.Dialect(1).delimiter)
print(_csv.Dialect(d) is d)
e = _csv.Dialect(d, strict=True)
print(e is d, e.delimiter, e.strict)
print(_csv.Dialect(None, ":", False).delimiter, _csv.Dialect(None, ":", False).doublequote)
for name in ("delimiter", "quoting"):
    try:
        setattr(d, name, "x")
    except AttributeError as ex:
        print("AttributeError", ex)
    try:
        delattr(d, name)
    except AttributeError as ex:
        print("AttributeError", ex)
try:
    copy.copy(d)
except TypeError as ex:
    print("TypeError", ex)
print(type(d).__name__, type(d).__module__, _csv.Error.__module__, issubclass(_csv.Error, Exception))
try:
    _csv.Dialect("no-such-dialect")
except _csv.Error as ex:
    print("Error", ex)
try:
    _csv.Dialect(None, ":", delimiter=";")
except TypeError as ex:
    print("TypeError", ex)
