# __subclasses__ follows a class moving from one base to another.
class A:
    pass


class B:
    pass


class C(A):
    pass


print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (B,)
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
print(issubclass(C, A), issubclass(C, B), isinstance(C(), A))
