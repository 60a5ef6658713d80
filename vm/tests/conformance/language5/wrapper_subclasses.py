# Subclasses of classmethod and staticmethod make instances of themselves, and their
# class attributes (abc's abstractclassmethod sets __isabstractmethod__) are seen.
import abc


class Marked(classmethod):
    __isabstractmethod__ = True
    tag = "marked"

    def __init__(self, func):
        func.seen = True
        super().__init__(func)


class Still(staticmethod):
    pass


def f(cls):
    return cls.__name__


m = Marked(f)
print(type(m).__name__, m.tag, m.__isabstractmethod__, f.seen)
s = Still(len)
print(type(s).__name__, isinstance(s, staticmethod), s.__isabstractmethod__)


class Host:
    which = m
    size = s


print(Host.which(), Host.size("abc"), Host().which())


@abc.abstractclassmethod
def g(cls):
    pass


@abc.abstractstaticmethod
def h():
    pass


print(type(g).__name__, g.__isabstractmethod__, type(h).__name__, h.__isabstractmethod__)


class Base(abc.ABC):
    g = g
    h = h

    def concrete(self):
        pass


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
for bad in ((), (1, 2)):
    try:
        classmethod.__init__(classmethod(f), *bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    staticmethod(f).__init__(f, x=1)
except TypeError as e:
    print(type(e).__name__, e)
