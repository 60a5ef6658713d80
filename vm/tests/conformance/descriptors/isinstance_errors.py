# The errors of the abstract isinstance/issubclass protocol: which are masked, which
# propagate, and CPython's messages.


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


class NoBases:
    @property
    def __class__(self):
        return None


class EmptyBases:
    @property
    def __bases__(self):
        return ()


class RaisesRuntime:
    @property
    def __bases__(self):
        raise RuntimeError("bases boom")


class RaisesAttr:
    @property
    def __bases__(self):
        raise AttributeError("no bases here")


class ClassIsRuntime:
    @property
    def __class__(self):
        raise RuntimeError("class boom")


class Plain:
    pass


class Wrapped:
    def __init__(self, cls):
        self.cls = cls

    @property
    def __class__(self):
        return self.cls


attempt(isinstance, NoBases(), EmptyBases())
attempt(isinstance, Wrapped(RaisesRuntime()), EmptyBases())
attempt(isinstance, Plain(), RaisesRuntime())
attempt(isinstance, Plain(), RaisesAttr())
attempt(isinstance, Plain(), 3)
attempt(isinstance, ClassIsRuntime(), bool)
attempt(isinstance, ClassIsRuntime(), Plain)
attempt(issubclass, RaisesRuntime(), EmptyBases())
attempt(issubclass, RaisesAttr(), EmptyBases())
attempt(issubclass, EmptyBases(), RaisesRuntime())
attempt(issubclass, EmptyBases(), RaisesAttr())
attempt(issubclass, 3, int)
attempt(issubclass, int, 3)
attempt(issubclass, int, (str, 3))
attempt(issubclass, int, (int, 3))
attempt(isinstance, 1, (str, (bytes, 3)))


class BasesNotTuple:
    __bases__ = [int]


attempt(issubclass, BasesNotTuple(), int)
attempt(isinstance, 1, BasesNotTuple())
attempt(type.__instancecheck__, int, Wrapped(bool))
attempt(type.__instancecheck__, int, Wrapped(str))
attempt(type.__subclasscheck__, int, EmptyBases())
attempt(type.__subclasscheck__, int, bool)
