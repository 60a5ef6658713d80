# Subclassing builtins and user classes: __init_subclass__, __missing__, attribute hooks, MRO.
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
    @classmethod
    def create(cls, *a):
        return cls(*a)
    def __init__(self, v=0):
        self.v = v
class Sub(Base):
    @classmethod
    def create(cls, *a):
        obj = super().create(*a)
        obj.extra = True
        return obj
class Sub2(Sub):
    pass
s = Sub2.create(7)
print(Base.registry, type(s).__name__, s.v, s.extra)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
print(dd, dd["b"], len(dd), isinstance(dd, dict), dict(dd))
class Ordered(list):
    def add(self, x):
        self.append(x)
        self.sort()
        return self
o = Ordered([3, 1])
print(o.add(2), len(o), o[0], type(o).__name__, o + [9])
class Temp:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __getattr__(self, name):
        return "missing:" + name
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
t = Temp()
t.a = 1
t.b = 2
del t.a
print(t.log, t.b, t.zzz)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()) if False else 0)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + 2, 3 + Num(4), sum([Num(1), Num(2)], Num(0)), sum([Num(5)], 0) if True else 0)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
print(Cmp(1) < Cmp(2))
class Callable:
    def __call__(self, *args, **kw):
        return (args, sorted(kw))
print(Callable()(1, 2, x=3), callable(Callable()))
class WithLen:
    def __len__(self):
        return 0
print(bool(WithLen()), not WithLen(), "yes" if WithLen() else "no")
class Multi(Sub2, Temp):
    pass
print([k.__name__ for k in Multi.__mro__])
class A:
    def __init__(self):
        self.order = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.order.append("B")
class C(A):
    def __init__(self):
        super().__init__()
        self.order.append("C")
class D(B, C):
    def __init__(self):
        super().__init__()
        self.order.append("D")
print(D().order)
class Shape:
    sides = 0
    def describe(self):
        return f"{self.__class__.__name__} with {self.sides} sides"
class Square(Shape):
    sides = 4
print(Square().describe(), Shape.describe(Square()))
Square.sides = 5
print(Square().describe(), Shape.sides)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), Eq() in [1], [Eq()] == [2])
try:
    hash(Eq())
except TypeError as e:
    print(e)
class Frozen:
    __slots__ = ()
print(type(Frozen()).__name__)
print(type("X", (), {"a": 1})().a, type("Y", (Base,), {}).__mro__[1].__name__)
