# `cls.__bases__ += (...)` adds a base and the MRO follows.
class A:
    pass


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class C(A):
    pass


C.__bases__ += (Mixin,)
print(C.__bases__, C().hello())
C.__bases__ += ()
print([k.__name__ for k in C.__mro__])
