# A plain `__new__` in a class body becomes a static method, `__init_subclass__` and
# `__class_getitem__` class methods, as CPython does when it makes the class.
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x

    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)

    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(type(A.__dict__["__new__"]).__name__)
print(type(A.__dict__["__init_subclass__"]).__name__)
print(type(A.__dict__["__class_getitem__"]).__name__)
print(A.__dict__["__new__"].__func__.__name__)
a = A(5)
print(a.x)


class B(A, flag=1):
    pass


print(B[int])
b = B(7)
print(type(b).__name__, b.x)
print(A.__new__ is A.__dict__["__new__"].__func__)

# An explicit staticmethod stays as it is.
class C:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)


print(type(C.__dict__["__new__"]).__name__, type(C()).__name__)
