# A class statement puts `__dict__` and `__weakref__` descriptors in the namespace of a
# class whose instances gain them, and only there (not in subclasses).


class C:
    def meth(self):
        pass


class D(C):
    pass


print(list(C.__dict__))
print(list(D.__dict__))
print(sorted(C.__dict__.keys()))
print(len(list(C.__dict__.values())))
print(sorted(k for k, v in C.__dict__.items()))
print("__dict__" in C.__dict__, "__dict__" in D.__dict__)
print(hasattr(C, "__weakref__"), hasattr(D, "__dict__"))


class H(Exception):
    pass


class I(int):
    pass


class J(list):
    pass


class K(tuple):
    pass


class M(type):
    pass


print(list(H.__dict__))
print(list(I.__dict__))
print(list(J.__dict__))
print(list(K.__dict__))
print(list(M.__dict__))
