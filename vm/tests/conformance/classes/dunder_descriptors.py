# Special methods found on the class go through the descriptor protocol; an
# AttributeError from a getter means "not defined". Functions and builtins have
# __call__, slot wrappers name their class in __objclass__.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)


print(E() == E(), E() != E())


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as e:
    print(type(e).__name__, e)


class Adder:
    def __get__(self, obj, typ=None):
        return lambda other: ("added", type(obj).__name__, other)


class N:
    __add__ = Adder()
    __lt__ = staticmethod(lambda other: ("static lt", other))


print(N() + 1)
print(N() < 1)


def f(a):
    return a


print(f.__call__(a=42), len.__call__([1, 2]), N().__init__.__call__())
print(f.__call__.__call__(7))
print(list.__add__.__objclass__, [].__add__.__objclass__, int.__lt__.__objclass__)
