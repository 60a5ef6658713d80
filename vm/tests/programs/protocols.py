# Rich comparisons, hashing, properties, descriptors and __new__ on user classes.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self.items)) + ")"
s = Stack().push(1).push("two").push([3])
print(s, len(s), bool(s), s.pop(), s)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __format__(self, spec):
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
m = Money(150)
print(m == Money(150), m != Money(150), m == 150, m < Money(200), sorted([Money(5), Money(1)])[0].cents)
print(f"{m:.1f}", str(m), {m: 1}[Money(150)], m in [Money(150)], m in {Money(150)})
print(Money(1) <= Money(1), Money(2) > Money(1), max(Money(3), Money(9)).cents)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
p = P()
p.x = 5
print(p.x)
try:
    p.x = -1
except ValueError as e:
    print(e)
del p.x
print(p.x)
class Q:
    @property
    def ro(self):
        return 1
try:
    Q().ro = 2
except AttributeError as e:
    print(e)
class Desc:
    def __get__(self, obj, owner):
        return "got" if obj is not None else "class"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value
class R:
    d = Desc()
r = R()
print(r.d, R.d)
r.d = 5
print(r.stored, r.__dict__)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.v = start
c1, c2 = Counter(), Counter(5)
print(Counter.instances, c2.v)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
