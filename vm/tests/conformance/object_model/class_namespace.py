# What type() puts in and takes out of a class namespace: __doc__ (None when absent, never
# inherited), __qualname__ (must be a str, removed), __classcell__ (must be a cell, removed).


class Base:
    """Base docs."""


class Child(Base):
    pass


print(Base.__doc__, Child.__doc__, "__doc__" in Child.__dict__, Child.__dict__["__doc__"])
print(type("T", (), {}).__dict__["__doc__"], type("T", (), {"__doc__": "d"}).__doc__)

ns = {"__qualname__": "some.name"}
T = type("Foo", (), ns)
print(T.__qualname__, "__qualname__" in T.__dict__, ns)
for bad in (1, None):
    try:
        type("Foo", (), {"__qualname__": bad})
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type("Foo", (), {"__classcell__": 42})
except TypeError as e:
    print(type(e).__name__, e)


class UsesSuper(Base):
    def who(self):
        return __class__.__name__, super().__class__.__name__


print(UsesSuper().who(), "__classcell__" in UsesSuper.__dict__)


class Meta(type):
    def __new__(mcls, name, bases, namespace, attr):
        print("in namespace:", attr in namespace)
        return super().__new__(mcls, name, bases, namespace)


class C1:
    def __init__(self):
        self.b = 42


class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]

    def __init__(self):
        super().__init__()


c = C2()
print(type(C2.__dict__["__classcell__"]).__name__, c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)


class Q1(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]


q = Q1()
print(Q1.__qualname__, type(Q1.__dict__["__qualname__"]).__name__, hasattr(q, "__qualname__"))
q.__qualname__ = "q"
print(q.__qualname__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print(type(e).__name__, e)
