# Attribute sites that have answered from an instance's dict keep answering correctly when
# the instance's class changes, when a class gains a data descriptor, `__getattribute__`
# or `__setattr__`, and when a site sees many classes.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def m(self):
        return "P.m"


class Q:
    def __init__(self, x):
        self.x = x
        self.y = -x

    @property
    def x(self):
        return "Q.x property"

    @x.setter
    def x(self, v):
        self.__dict__["x"] = v * 100


def load_x(o):
    return o.x


def load_y(o):
    return o.y


def store_y(o, v):
    o.y = v


def call_m(o):
    return o.m()


# Warm the sites on P instances.
ps = [P(i) for i in range(5)]
for p in ps:
    load_x(p)
    load_y(p)
    store_y(p, 7)
    call_m(p)
print([load_x(p) for p in ps], [load_y(p) for p in ps])

# `__class__` assignment to a class whose `x` is a property.
p = P(3)
print(load_x(p), load_y(p), call_m(p))
p.__class__ = Q
print(load_x(p), load_y(p), p.__dict__)
store_y(p, 11)
print(load_y(p), p.__dict__)
try:
    call_m(p)
except AttributeError as e:
    print("AttributeError", e)
# A fresh P still answers through the same sites.
print(load_x(P(9)), load_y(P(9)), call_m(P(9)))
# And back again.
p.__class__ = P
print(load_x(p), load_y(p), call_m(p))


# A class that gains a property after its sites warmed up.
class R:
    def __init__(self):
        self.v = 1
        self.w = 2


def load_v(o):
    return o.v


def store_v(o, x):
    o.v = x


r = R()
for _ in range(3):
    load_v(r)
    store_v(r, 5)
print(load_v(r))
R.v = property(lambda self: "R.v property", lambda self, x: print("setter got", x))
print(load_v(r))
store_v(r, 6)
print(r.__dict__)
del R.v
print(load_v(r))
store_v(r, 8)
print(load_v(r), r.__dict__)


# A base class that gains `__getattribute__` and `__setattr__` later.
class Base:
    pass


class S(Base):
    def __init__(self):
        self.a = "a"

    def meth(self):
        return "S.meth"


def load_a(o):
    return o.a


def store_a(o, v):
    o.a = v


def call_meth(o):
    return o.meth()


s = S()
for _ in range(3):
    load_a(s)
    store_a(s, "a2")
    call_meth(s)
print(load_a(s), call_meth(s))
Base.__getattribute__ = lambda self, name: "hooked " + name
print(load_a(s), call_meth.__name__)
try:
    call_meth(s)
except TypeError as e:
    print("TypeError", e)
del Base.__getattribute__
print(load_a(s), call_meth(s))
Base.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 2)
store_a(s, "b")
print(load_a(s))
del Base.__setattr__
store_a(s, "c")
print(load_a(s))


# An instance attribute shadowing a method after the method site warmed up.
s2 = S()
print(call_meth(s2))
s2.meth = lambda: "instance meth"
print(call_meth(s2), call_meth(S()))
del s2.meth
print(call_meth(s2))


# One site, many classes (more than the hints remember), alternating.
classes = []
for i in range(7):
    def init(self, i=i):
        if i % 2:
            self.pad = i
        self.k = i

    classes.append(type("K%d" % i, (), {"__init__": init, "get": lambda self: self.k}))
objs = [c() for c in classes] * 3
print([load_k for load_k in [o.k for o in objs]])
print([o.get() for o in objs])
for o in objs:
    o.k = o.k + 10
print([o.k for o in objs])


# __slots__ classes beside dict classes at one site.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = x * 2


mixed = [P(1), Slotted(2), P(3), Slotted(4)]
print([load_x(o) for o in mixed], [load_y(o) for o in mixed])
for o in mixed:
    store_y(o, 0)
print([load_y(o) for o in mixed])
try:
    Slotted(1).z = 3
except AttributeError as e:
    print("AttributeError", e)

# An instance dict replaced wholesale.
p = P(5)
load_x(p)
p.__dict__ = {"x": "replaced", "y": "dict"}
print(load_x(p), load_y(p), call_m(p))
store_y(p, "stored")
print(p.__dict__)
