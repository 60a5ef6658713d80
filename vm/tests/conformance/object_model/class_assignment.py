# obj.__class__ = cls: allowed between classes whose instances have the same layout (the
# same slots, dict and weak-reference slots), and between module and module subclasses.
import types


def attempt(x, cls):
    try:
        x.__class__ = cls
        return "ok"
    except TypeError as e:
        return "TypeError: %s" % e


class C: pass
class D: pass
class F(C, D): pass


for a in (C, D, F):
    for b in (C, D, F):
        x = a()
        print(a.__name__, b.__name__, attempt(x, b), type(x).__name__)

class G: __slots__ = ["a", "b"]
class H: __slots__ = ["b", "a"]
class I: __slots__ = ["a", "b"]
class J: __slots__ = ["c", "b"]
class K: __slots__ = ["a", "b", "d"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]


for a, b in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = a()
    x.b = 1
    print(a.__name__, b.__name__, attempt(x, b), x.b)
names = (G, J, K, L, M, N, P, R)
for a in names:
    print(a.__name__, [b.__name__ for b in names if b is not a and attempt(a(), b) == "ok"])
print(attempt(G(), list))
print(attempt(C(), 1))
print(attempt(C(), object))
print(attempt(object(), C))


class SubModule(types.ModuleType):
    a = 1


m = types.ModuleType("m")
print(attempt(m, SubModule), hasattr(m, "a"), type(m).__name__)
print(attempt(m, types.ModuleType), hasattr(m, "a"))
print(attempt(m, C))


class MyInt(int):
    __slots__ = ()


print(attempt(1, MyInt))
