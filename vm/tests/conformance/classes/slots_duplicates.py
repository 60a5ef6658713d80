# A name listed twice in `__slots__` is one member (`datetime` joins two slot tuples).
class A:
    __slots__ = ("a", "b", "a")


x = A()
x.a = 1
x.b = 2
print(A.__slots__, x.a, x.b, type(A.__dict__["a"]).__name__)


class B:
    x = 1
    __slots__ = ("x",)
