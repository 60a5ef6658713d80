# classmethod binds a wrapped descriptor through its __get__(owner, owner): properties,
# nested classmethods and user wrappers stack.
from types import MethodType


class A:
    @classmethod
    @property
    def __doc__(cls):
        return "A doc for %r" % cls.__name__

    @classmethod
    @property
    def name(cls):
        return cls.__name__

    @classmethod
    @classmethod
    def twice(cls):
        return cls


class B(A):
    """First"""


print(A.__doc__)
print(A.name, B.name, A().name)
print(A.twice() is A, B.twice() is B)


class BoundWrapper:
    def __init__(self, wrapped):
        self.__wrapped__ = wrapped

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)


class Wrapper:
    def __init__(self, wrapped):
        self.__wrapped__ = wrapped

    def __get__(self, instance, owner):
        return BoundWrapper(self.__wrapped__.__get__(instance, owner))


class C:
    @Wrapper
    @classmethod
    def inner(cls):
        return "spam", cls.__name__

    @classmethod
    @Wrapper
    def outer(cls):
        return "eggs", cls.__name__


print(C.inner(), C.outer(), C().inner(), C().outer())


class MyClassMethod:
    def __init__(self, func):
        self.func = func

    def __call__(self, cls):
        return self.func(cls)

    def __get__(self, instance, owner=None):
        return MethodType(self, owner if owner is not None else type(instance))


class D:
    @classmethod
    @MyClassMethod
    def f(cls):
        return cls


print(D.f() is D, D().f() is D)
cm = classmethod(property(lambda cls: cls.__name__))
print(cm.__get__(None, D), cm.__get__(D()))
# A plain callable without __get__ is bound as a method.


class Callable:
    def __call__(self, cls):
        return "called with " + cls.__name__


class E:
    f = classmethod(Callable())


print(E.f())
