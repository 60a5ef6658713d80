# Calling exception classes and builtin classes: args, __init__ overrides, __new__
# overrides, errors from __init__, abstract classes, and __new__ returning subclasses.
import abc
import gc


class E(Exception):
    pass


class WithInit(Exception):
    def __init__(self, a, b=2):
        self.total = a + b


class CallsSuper(Exception):
    def __init__(self, key):
        Exception.__init__(self, "key", key)
        self.key = key


class BadInit(Exception):
    def __init__(self, x):
        return 5


class OwnNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "replaced")
        inst.seen = args
        return inst


class Raising(Exception):
    def __init__(self, x):
        raise ValueError("init failed %r" % (x,))


e = E()
print(repr(e), e.args)
e = E(1, "two", None)
print(repr(e), e.args, str(e))
w = WithInit(5)
print(w.args, w.total)
w = WithInit(5, 10)
print(w.args, w.total)
c = CallsSuper(7)
print(c.args, c.key, repr(c))
try:
    BadInit(1)
except TypeError as t:
    print("TypeError", t)
o = OwnNew(1, 2)
print(o.args, o.seen)
try:
    Raising(3)
except ValueError as v:
    print("ValueError", v, v.__context__)
print(repr(ValueError("x", 1)), KeyError("k").args, repr(StopIteration(4).value))
print(OSError(2, "No such file").errno, repr(OSError(2, "No such file")))
try:
    raise WithInit(1)
except WithInit as x:
    print("caught", x.args, x.total)
try:
    raise CallsSuper
except CallsSuper as x:
    print("not reached")
except TypeError as x:
    print("TypeError", x)


class AbstractError(Exception, metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self):
        pass


try:
    AbstractError()
except TypeError as t:
    print("TypeError", t)


class Deleting(Exception):
    def __del__(self):
        print("deleted", self.args)


d = Deleting("gone")
del d
gc.collect()

# Builtin classes.
print(str(12), int("42"), float("2.5"), tuple([1, 2]), frozenset([3]) == {3})
print(list(map(abs, [-1, -2])), list(filter(None, [0, 1, 2])), list(zip("ab", [1, 2])))
print(str(), int(), float(), tuple(), repr(str(b"x", "ascii")))
try:
    int("nope")
except ValueError as v:
    print("ValueError", v)
try:
    map()
except TypeError as t:
    print("TypeError", t)


class MyInt(int):
    def __init__(self, v):
        print("MyInt.__init__", v)


class MakesMyInt:
    def __index__(self):
        return 3

    def __int__(self):
        return MyInt(9)


print(type(int(MakesMyInt())).__name__, int(MakesMyInt()))


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class ViaMeta(Exception, metaclass=Meta):
    pass


print(ViaMeta(1, 2))
