# With __slots__, only the descriptors the slots name are added, or those another base
# brings in under multiple inheritance.


class E:
    __slots__ = ("a",)


class F(E):
    pass


class G(E):
    __slots__ = ("__dict__",)


class W(E):
    __slots__ = ("__weakref__",)


print(list(E.__dict__))
print(list(F.__dict__))
print(list(G.__dict__))
print(list(W.__dict__))


class A:
    __slots__ = ()


class B:
    pass


class C(A, B):
    __slots__ = ()


print(list(C.__dict__))
print(hasattr(C, "__dict__"), hasattr(C, "__weakref__"))
c = C()
c.x = 2
print(c.x, c.__dict__)


class Both(A):
    __slots__ = ("__dict__", "__weakref__")


print(list(Both.__dict__))
b = Both()
b.y = 1
print(b.__dict__)
