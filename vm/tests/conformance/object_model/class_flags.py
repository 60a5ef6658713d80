# type.__flags__: the heap-type, base-type, abstract and fast-subclass bits.
import abc

HEAPTYPE = 1 << 9
BASETYPE = 1 << 10
ABSTRACT = 1 << 20


class A:
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        pass


for cls in (int, bool, object, A, Abstract, Concrete, type(None)):
    f = cls.__flags__
    print(cls.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & ABSTRACT))

bits = {"int": 24, "list": 25, "tuple": 26, "bytes": 27, "str": 28, "dict": 29,
        "BaseException": 30, "type": 31}


class MyList(list):
    pass


class MyErr(ValueError):
    pass


class Meta(type):
    pass


for cls in (int, bool, list, MyList, tuple, bytes, str, dict, MyErr, type, Meta, A):
    print(cls.__name__, sorted(name for name, bit in bits.items() if cls.__flags__ & (1 << bit)))
