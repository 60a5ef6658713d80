# isinstance() also accepts an object whose __class__ names a subclass of the target
# (proxies); issubclass() does not look at it.
class C:
    pass


class Proxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_obj"), name)


class FakeStr:
    __class__ = str


class D(C):
    pass


p = Proxy(C())
print(isinstance(p, C), isinstance(p, Proxy), type(p).__name__)
print(isinstance(Proxy(D()), C), isinstance(Proxy(1), C), isinstance(Proxy(1), int))
f = FakeStr()
print(isinstance(f, str), isinstance(f, FakeStr), isinstance(f, (int, str)), issubclass(FakeStr, str))


class Broken:
    @property
    def __class__(self):
        raise AttributeError("nope")


print(isinstance(Broken(), C), isinstance(Broken(), Broken))


class Raising:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Raising(), C)
except ValueError as e:
    print(type(e).__name__, e)
