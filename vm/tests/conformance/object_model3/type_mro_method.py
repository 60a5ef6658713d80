# type.mro() computes the C3 order from the current bases; conflicts raise TypeError.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))
print(type.mro(int), type.mro(bool))
try:
    class E(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
