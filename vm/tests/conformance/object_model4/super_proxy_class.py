# super(C, obj) accepts an object whose __class__ claims to be a subclass of C, and
# searches that class's MRO.


class Proxy:
    def __init__(self, obj):
        self.__obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class B:
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"


obj = C()
p = Proxy(obj)
print(C.__dict__["f"](p))
print(super(C, p).f())


class Other:
    pass


try:
    super(C, Other())
except TypeError as e:
    print(type(e).__name__, e)


class Liar:
    @property
    def __class__(self):
        return 5


try:
    super(C, Liar())
except TypeError as e:
    print(type(e).__name__, e)
