# type.__subclasses__ lists the live direct subclasses, in creation order (CPython's
# _py_abc walks it to find classes registered with a subclass of an ABC).
import gc


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())


def temp():
    class T(A): pass
    return T


t = temp()
print([c.__name__ for c in A.__subclasses__()])
del t
gc.collect()
print([c.__name__ for c in A.__subclasses__()])


class M(type): pass
class E(metaclass=M): pass
class F(E): pass
print(E.__subclasses__())



def walk(cls):
    """Every subclass, depth first, as _py_abc's subclass check visits them."""
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(walk(sub))
    return out


print(walk(A))
print(int.__subclasses__.__name__, type(A.__subclasses__()).__name__)
