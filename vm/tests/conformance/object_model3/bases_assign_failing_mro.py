# An exception from a metaclass's mro() during __bases__ assignment restores every MRO.
class WorkOnce(type):
    def __new__(mcls, name, bases, ns):
        mcls.flag = 0
        return super().__new__(mcls, name, bases, ns)

    def mro(cls):
        if cls.flag > 0:
            raise RuntimeError("bozo")
        cls.flag += 1
        return type.mro(cls)


class C:
    pass


class C2:
    pass


class D(C):
    pass


class E(D):
    pass


class F(D, metaclass=WorkOnce):
    pass


before = (D.__mro__, E.__mro__, F.__mro__)
try:
    D.__bases__ = (C2,)
except RuntimeError as e:
    print(type(e).__name__, e)
print((D.__mro__, E.__mro__, F.__mro__) == before, D.__bases__)
