# __slots__: names must be identifiers; member descriptors check the instance's class;
# __dict__ and __weakref__ in __slots__ decide what instances have.
import abc
import weakref

for slots in ([None], ["foo bar"], ["foo\0bar"], ["1"], [""], [chr(128)]):
    try:
        type("C", (), {"__slots__": slots})
        print(slots, "accepted")
    except TypeError as e:
        print(type(e).__name__, e)
C = type("C", (), {"__slots__": ["a", "a_b", "_a", "A0123456789Z", "é"]})
print(sorted(k for k in C.__dict__ if not k.startswith("__")))


class MyABC(metaclass=abc.ABCMeta):
    __slots__ = "a"


class Unrelated:
    pass


MyABC.register(Unrelated)
u = Unrelated()
print(isinstance(u, MyABC))
for call in (lambda: MyABC.a.__set__(u, 3), lambda: MyABC.a.__get__(u, Unrelated),
             lambda: MyABC.a.__delete__(u)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(MyABC.a.__get__(None, MyABC) is MyABC.a)


class D:
    __slots__ = ["__dict__"]


class W:
    __slots__ = ["__weakref__"]


class Both(W, D):
    __slots__ = []


a = D()
print(hasattr(a, "__dict__"), hasattr(a, "__weakref__"))
a.foo = 42
print(a.__dict__)
w = W()
print(hasattr(w, "__weakref__"), hasattr(w, "__dict__"), w.__weakref__)
try:
    w.foo = 42
except AttributeError as e:
    print(type(e).__name__, e)
b = Both()
print(hasattr(b, "__dict__"), hasattr(b, "__weakref__"))


class NoWeak:
    __slots__ = ["foo"]


class Weak:
    __slots__ = ["foo", "__weakref__"]


class Sub(NoWeak):
    pass


for obj in (NoWeak(), object(), Weak(), Sub(), W(), D()):
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "ok", r() is obj)
    except TypeError as e:
        print(type(e).__name__, e)
