# An assignment that leaves a subclass without a consistent MRO is undone.
class A:
    pass


class B:
    pass


class C(A, B):
    pass


class D(A, B):
    pass


class E(C, D):
    pass


try:
    C.__bases__ = (B, A)
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in E.__mro__])
print(C.__bases__)
