# A metaclass's mro() runs again when __bases__ changes, for the class and its subclasses.
calls = []


class Meta(type):
    def mro(cls):
        calls.append(cls.__name__)
        return type.mro(cls)


class A(metaclass=Meta):
    pass


class B(A):
    pass


class C(B):
    pass


class Other(metaclass=Meta):
    pass


calls.clear()
B.__bases__ = (Other,)
print(calls, [k.__name__ for k in C.__mro__])
