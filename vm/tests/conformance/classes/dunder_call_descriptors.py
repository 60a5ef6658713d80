# `__call__` found on the class goes through the descriptor protocol, and a `__call__`
# that is itself a callable instance (even of the same class) is bounded by the
# recursion limit.

class A:
    pass

A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print(type(e).__name__, e)


class D:
    def __get__(self, obj, typ=None):
        print("get", type(obj).__name__, typ.__name__)
        return lambda *a: ("called", a)


class B:
    __call__ = D()


print(B()(1, 2))


class S:
    __call__ = staticmethod(lambda *a: a)


print(S()(1))


class C:
    __call__ = classmethod(lambda cls, *a: (cls.__name__, a))


print(C()(1))


class Q:
    def __call__(self, *a, **k):
        return ("Q", a, k)


class P:
    pass


P.__call__ = Q()
print(P()(5, k=6))
print(callable(P()), callable(A()))

# The chain terminates: a callable instance delegating to another one.
class Chain:
    def __init__(self, n):
        self.n = n


Chain.__call__ = Q()
print(Chain(3)("x"))

# Deep recursion through `__call__` of plain methods still raises RecursionError.
class R:
    def __call__(self):
        return self()


try:
    R()()
except RecursionError as e:
    print(type(e).__name__, e)
