# copy.copy and copy.deepcopy follow the reduction protocol: __getnewargs__,
# __getnewargs_ex__, __getstate__ / __setstate__, list and dict items, __init__ not rerun.
import copy


class C2(list):
    ARGS = (1, 2)

    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.a = a
        self.b = b
        return self

    def __init__(self, *args):
        super().__init__()
        self.append("cheese")

    @classmethod
    def __getnewargs__(cls):
        return cls.ARGS

    def __repr__(self):
        return "C2(%r, %r)<%r>" % (self.a, self.b, list(self))


class C3(list):
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.append("cheese")

    @classmethod
    def __getstate__(cls):
        return (1, 2)

    def __setstate__(self, state):
        self.a, self.b = state

    def __repr__(self):
        return "C3(%r, %r)<%r>" % (self.a, self.b, list(self))


class C4(int):
    def __new__(cls, a, b, value):
        self = super().__new__(cls, value)
        self.a = a
        self.b = b
        return self

    def __getnewargs__(self):
        return ("hello", "world", int(self))

    def __repr__(self):
        return "C4(%r, %r)<%r>" % (self.a, self.b, int(self))


class C5(int):
    def __new__(cls, a, b, *, value=0):
        self = super().__new__(cls, value)
        self.a = a
        self.b = b
        return self

    def __getnewargs_ex__(self):
        return ((self.a, self.b), {"value": int(self)})

    def __repr__(self):
        return "C5(%r, %r)<%r>" % (self.a, self.b, int(self))


for obj in (C2(1, 2), C3(1, 2), C4("hello", "world", 1), C5(1, 2, value=3)):
    for f in (copy.copy, copy.deepcopy):
        c = f(obj)
        print(type(c).__name__, repr(c), c == obj, c is obj)
    c = copy.deepcopy(obj)
    c.__dict__.clear()
    try:
        print("after clear:", repr(copy.deepcopy(c)))
    except AttributeError as e:
        print("after clear:", type(e).__name__)


class Stateful:
    def __init__(self, foo=None):
        self.foo = foo
        self.__foo = foo

    def setfoo(self, foo):
        self.foo = foo

    def getfoo(self):
        return self.__foo

    def __getstate__(self):
        return [self.foo]

    def __setstate__(self, lst):
        self.__foo = self.foo = lst[0]


a = Stateful(42)
a.setfoo(24)
for f in (copy.copy, copy.deepcopy):
    b = f(a)
    print(b.foo, b.getfoo())


class Slots:
    __slots__ = ("x", "y")


s = Slots()
s.x = [1]
t = copy.deepcopy(s)
print(t.x, t.x is s.x, hasattr(t, "y"))
u = copy.copy(s)
print(u.x is s.x)

# Shared references and cycles survive a deep copy.
inner = [1]
outer = [inner, inner]
outer.append(outer)
d = copy.deepcopy(outer)
print(d[0] is d[1], d[2] is d, d[0] is inner)


class Counter:
    def __init__(self):
        self.items = {"a": [1]}


c = Counter()
d = copy.deepcopy(c)
print(d.items, d.items["a"] is c.items["a"], copy.copy(c).items is c.items)


class Custom:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(Custom()), copy.deepcopy(Custom()))
print(copy.copy(len) is len, copy.deepcopy(Custom) is Custom)
