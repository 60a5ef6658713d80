# A metaclass's mro() decides the method resolution order.
class A:
    def f(self):
        return "A"


class B(A):
    pass


class C(A):
    def f(self):
        return "C"


class D(B, C):
    pass


class Perverse(type):
    def mro(cls):
        order = type.mro(cls)
        order.reverse()
        return order


class X(D, B, C, A, metaclass=Perverse):
    pass


print([k.__name__ for k in X.__mro__])
print(X().f(), D().f())
print([k.__name__ for k in D.mro()], [k.__name__ for k in X.mro()])
