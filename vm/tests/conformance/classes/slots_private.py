# Private names in __slots__ are mangled with the class name.
class C4:
    __slots__ = ["__a", "b"]

    def __init__(self, value):
        self.__a = value
        self.b = 2

    def get(self):
        return self.__a


x = C4(5)
print(x.get(), x._C4__a, x.b, sorted(k for k in C4.__dict__ if "a" in k and not k.startswith("__")))
try:
    x.c = 1
except AttributeError as e:
    print(type(e).__name__, e)


class _Under:
    __slots__ = ("__p",)


print("_Under__p" in _Under.__dict__)


class ___:
    __slots__ = ("__q",)


print("__q" in ___.__dict__)
