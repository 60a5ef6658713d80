# A metaclass that is not a class gets the bases as they are, classes or not.
class Meta(int):
    def __init__(*args, **kwargs):
        pass

    def __new__(cls, name, bases, attrs, **kwargs):
        return bases, kwargs


d = {"metaclass": Meta}


class A(**d):
    pass


print(A)


class A(0, 1, 2, 3, 4, 5, 6, 7, **d):
    pass


print(A)


class A(0, *range(1, 8), **d, foo="bar"):
    pass


print(A)


def maker(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")), kw)


class B(1, "x", metaclass=maker, flag=True):
    y = 2


print(B)
try:
    class C(1, metaclass=type):
        pass
except TypeError as e:
    print(type(e).__name__, e)
