# Calling a class with a Python __init__ takes a cached shortcut; every change to the
# class (or its bases) that affects construction must be seen by the next call.
import gc


class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


def make(cls, *args, **kw):
    return cls(*args, **kw)


for i in range(3):
    p = P(i)
    print(type(p).__name__, p.a, p.b)

# A direct call (NULL C args layout) and a call through a method-less load.
ctor = P
q = ctor(5, b=6)
print(q.a, q.b)
print(make(P, 7).b)


# Replacing __init__ on the class.
def init2(self, a, b=0):
    self.a = -a
    self.b = b


P.__init__ = init2
print(P(3).a)

# __init__ returning a value.
P.__init__ = lambda self, a: 42
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)

# Argument errors name __init__.
P.__init__ = init2
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# A subclass sees a change to its base.
class Q(P):
    pass


print(Q(4).a)


def init3(self, a, b=1):
    self.a = a * 10
    self.b = b


P.__init__ = init3
print(Q(4).a)


# __new__ added later: no longer object.__new__.
def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


Q.__new__ = new
print(Q(2).a)


# __new__ returning another type's instance skips __init__.
class R:
    def __init__(self, x):
        print("R.__init__", x)


R(1)
R.__new__ = lambda cls, x: "other"
print(R(1))


# __del__ added after instances were made.
class D:
    def __init__(self, tag):
        self.tag = tag


D(0)
D.__del__ = lambda self: print("del", self.tag)
d = D(1)
del d
gc.collect()


# Abstract methods set later forbid instantiation.
class A:
    def __init__(self):
        print("A.__init__")


A()
A.__abstractmethods__ = frozenset({"m"})
try:
    A()
except TypeError as e:
    print("TypeError:", e)
A.__abstractmethods__ = frozenset()
A()


# A metaclass __call__ takes over.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(9).v)


# __bases__ reassignment changes the inherited __init__.
class B1:
    def __init__(self):
        self.src = "B1"


class B2:
    def __init__(self):
        self.src = "B2"


class S(B1):
    pass


print(S().src)
S.__bases__ = (B2,)
print(S().src)

# __init__ rebinding self, and keeping instances made in a loop distinct.
class K:
    def __init__(self, n):
        self.n = n
        self = None


ks = [K(n) for n in range(4)]
print([k.n for k in ks], len({id(k) for k in ks}))
