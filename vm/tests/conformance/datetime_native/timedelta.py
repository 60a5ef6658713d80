# _datetime.timedelta: construction and normalisation, reprs, arithmetic, comparisons,
# errors with CPython's messages, subclassing and __reduce__.
import copy
import _datetime as d

t = d.timedelta


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for e in [
    "t()", "t(1)", "t(0, 1)", "t(0, 0, 1)", "t(microseconds=-1)", "t(1, 2, 3, 4, 5, 6, 7)",
    "t(seconds=1.5e-6)", "t(seconds=0.5e-6)", "t(seconds=2.5e-6)", "t(days=0.1)",
    "t(hours=-1.25)", "t(weeks=-0.5, minutes=3.75)", "t(milliseconds=1.0000005)",
    "t(True)", "t(days=-999999999)", "t(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)",
    "t(days=1000000000)", "t(days=-1000000000)", "t(seconds=1e20)", "t(days=10**30)",
    "t('x')", "t(seconds=[])", "t(float('inf'))", "t(float('nan'))", "t(1, foo=2)",
    "t(1, 2, 3, 4, 5, 6, 7, 8)",
]:
    show(e)

for v in [t(0), t(1), t(-1), t(2, 3, 4), t(0, 3600 * 5 + 61, 120), t(microseconds=-1), t(days=-2, seconds=5)]:
    print(repr(v), str(v), v.days, v.seconds, v.microseconds, v.total_seconds(), bool(v))

print(t.max, t.min, t.resolution, repr(t.max), repr(t.min))

a, b = t(1, 7200, 5), t(hours=7)
for e in [
    "a + b", "a - b", "b - a", "-a", "+a", "abs(-a)", "a * 2", "3 * a", "a * 2.5", "a * -0.1",
    "a / 3", "a / 2.5", "a / b", "a // b", "a // 7", "a % b", "divmod(a, b)", "divmod(a, -b)",
    "divmod(-a, b)", "a // -b", "(-a) % b", "a / 0", "a / 0.0", "a // 0", "a % t(0)",
    "divmod(a, t(0))", "a / t(0)", "a * float('inf')", "a * float('nan')", "a / float('nan')",
    "t.max + t.resolution", "t.min - t.resolution", "t.max * 2", "-t.min",
    "a == 1", "a != 1",
    "a < b", "a <= b", "a > b", "a >= b", "a == t(1, 7200, 5)", "a != t(1, 7200, 5)",
    "t(0) == t()",
]:
    show(e)

# CPython's messages name the class 'datetime.timedelta' here; only the types are compared.
for e in ["a + 1", "1 + a", "a - 1", "a * 'x'", "a / 'x'", "a // 1.5", "1 / a", "a < 3", "a >= None"]:
    try:
        eval(e)
    except Exception as ex:
        print(e, "!!", type(ex).__name__)

print(hash(a) == hash(t(seconds=86400 + 7200, microseconds=5)), hash(t(0)) == hash(t()))
print({t(1): "x"}[t(hours=24)])
print(sorted([t(3), t(-1), t(0, 5), t(microseconds=1)]))
print(a.__reduce__())
print(copy.copy(a) == a, copy.deepcopy(a) == a)


class T(t):
    def __new__(cls, *args, extra=0):
        self = super().__new__(cls, *args)
        self.extra = extra
        return self

    def double(self):
        return self * 2


x = T(1, 2, extra=5)
print(repr(x), str(x), x.extra, x.days, x.double(), type(x + t(1)).__name__, isinstance(x, t))
print(x == t(1, 2), type(x).__name__, x.__reduce__()[0].__name__, x.__reduce__()[1])
print(type(-x).__name__, type(x * 2).__name__, type(abs(x)).__name__)


class U(t):
    def __repr__(self):
        return "U!"


print(repr(U(1)), str(U(1)), [U(2)])
print(t.__module__, t.__name__, d.MINYEAR, d.MAXYEAR)
