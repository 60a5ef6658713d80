# type's own data descriptors (__name__, __qualname__, __bases__, __mro__, __dict__) win
# over the class namespace; assigning __name__ / __qualname__ checks the value.


class C:
    __slots__ = ["__name__"]


print(C.__name__, type(C.__dict__["__name__"]).__name__)
c = C()
c.__name__ = "instance"
print(c.__name__, C.__name__)


class D:
    __bases__ = "namespace value"
    __mro__ = "also"


print(D.__bases__, D.__mro__ == (D, object), D.__dict__["__bases__"])

D.__name__ = "Renamed"
D.__qualname__ = "Outer.Renamed"
print(D.__name__, D.__qualname__, "__name__" in D.__dict__, repr(D).endswith("Outer.Renamed'>"))
for attr, value in (("__name__", 5), ("__qualname__", None), ("__name__", "a\0b")):
    try:
        setattr(D, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(D.__name__)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)


class P:
    pass


p = P()
print(bool(p.__dict__), not p.__dict__, p.__dict__ or "empty")
p.x = 1
print(bool(p.__dict__), p.__dict__ or "empty")
