# type.__call__ runs __init__ of the class of what __new__ returned, when that is an
# instance of the called class (a subclass instance included), and skips it otherwise.


class C:
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        elif isinstance(arg, int):
            return object.__new__(D)
        return object.__new__(cls)


class D(C):
    def __init__(self, arg):
        print("D.__init__", arg)
        self.foo = arg


print(C("1"), D("1"))
d = D(None)
print(d.foo)
d = C(1)
print(type(d).__name__, d.foo)
d = D(1)
print(type(d).__name__, d.foo)


class Other:
    def __init__(self, *args):
        print("never")


class E:
    def __new__(cls):
        return object.__new__(Other)

    def __init__(self):
        print("never either")


print(type(E()).__name__)


class S:
    @staticmethod
    def __new__(*args):
        return args


class T(S):
    pass


print(S(1, 2)[1:], T(1, 2)[0] is T)
