# type(name, bases, ns) uses the most derived metaclass of the bases, and its __new__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls


class Base(metaclass=Meta):
    pass


C = type("C", (Base,), {"a": 1}, flag=True)
print(type(C).__name__, C.__name__, C.a, C.extra)
print(isinstance(C, Meta), C.__mro__[1] is Base)


class Plain(type):
    pass


class PBase(metaclass=Plain):
    pass


D = type("D", (PBase,), {})
print(type(D).__name__)

E = type("E", (), {})
print(type(E).__name__)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    type("X", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
