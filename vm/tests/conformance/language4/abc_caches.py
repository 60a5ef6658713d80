# ABCs: abstract methods, registration, the cache token, subclass hooks.
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        ...

    @abc.abstractmethod
    def g(self):
        ...


class B(A):
    def f(self):
        return 1


print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__))
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)


class C:
    pass


t0 = abc.get_cache_token()
print(isinstance(C(), A), issubclass(C, A))
print(A.register(C) is C)
print(abc.get_cache_token() != t0)
print(isinstance(C(), A), issubclass(C, A), issubclass(C, B))
print(A.register(B) is B)


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if hasattr(other, "quack"):
            return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), issubclass(int, Hooked), isinstance(Duck(), Hooked))


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, A)
except TypeError as e:
    print(type(e).__name__, e)
