# Subclasses of _csv.Dialect, and dialect attributes found through class inheritance.
import _csv

class Base:
    delimiter = ":"
    quotechar = "'"

class Child(Base):
    quoting = _csv.QUOTE_ALL

d = _csv.Dialect(Child)
print(d.delimiter, d.quotechar, d.quoting, d.doublequote)

class Mine(_csv.Dialect):
    pass

m = Mine(delimiter=";")
print(type(m).__name__, isinstance(m, _csv.Dialect), m.delimiter)
print(_csv.Dialect(m) is m, Mine(m) is m)
r = _csv.reader(["a;'b;c'"], m, quotechar="'")
print(next(r), r.dialect.delimiter, r.dialect.quotechar)

class Broken:
    @property
    def delimiter(self):
        raise KeyError("boom")
try:
    _csv.Dialect(Broken())
except KeyError as e:
    print("KeyError", e)
