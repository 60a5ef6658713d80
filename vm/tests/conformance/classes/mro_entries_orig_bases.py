# PEP 560: a base that is not a class stands for the classes its `__mro_entries__` returns,
# looked up on the object itself; the class keeps the bases as written in `__orig_bases__`.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return (self.target,)


class Base:
    pass


class D(Alias(Base)):
    pass


print(D.__bases__ == (Base,), type(D.__orig_bases__[0]).__name__)
print("__orig_bases__" in Base.__dict__, "__orig_bases__" in D.__dict__)


def factory():
    pass


factory.__mro_entries__ = lambda bases: (dict,)


class E(factory):
    pass


print(E.__bases__, E.__orig_bases__[0] is factory)
print(E(a=1))

