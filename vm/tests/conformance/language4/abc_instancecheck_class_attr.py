# isinstance against an ABC looks at both __class__ and the real type.
import abc


class A(abc.ABC):
    pass


class Real:
    pass


class Pretender:
    @property
    def __class__(self):
        return Real


A.register(Real)
print(isinstance(Real(), A), isinstance(Pretender(), A), issubclass(Pretender, A))


class Sub(A):
    pass


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, c):
        return c is int or NotImplemented


print(isinstance(Sub(), A), isinstance(3, Hooked), isinstance(True, Hooked), issubclass(int, Hooked))
# Results are cached, and registering invalidates the negative cache.
print(issubclass(str, A))
A.register(str)
print(issubclass(str, A), isinstance("x", A))
