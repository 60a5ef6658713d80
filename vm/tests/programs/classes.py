# Classes: attributes, inheritance, super(), properties, class/static methods, dunders.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak().replace("a sound", "woof")


class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()


d = Dog("Rex", ["sit"])
p = Puppy("Bit")
print(d, p, d.speak(), p.speak(), Animal.count, d.kind, p.kind, Animal.kind)
print(isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Dog), type(p) is Puppy)
print(Puppy.__mro__, Puppy.__name__, Puppy.__bases__, p.__class__.__name__)
print(hasattr(d, "tricks"), getattr(d, "nope", "dflt"), d.__dict__)
setattr(d, "age", 3)
del d.tricks
print(d.__dict__, vars(p))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @staticmethod
    def unit():
        return "C"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.unit(), t.unit(), Temperature.freezing().fahrenheit)
t.fahrenheit = 32
print(t._c)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __call__(self, scale):
        return Vec(self.x * scale, self.y * scale)

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, a == Vec(1, 2), a != b, a < b, b > a)
print(len(a), a[0], a[-1], list(b), 3 in b, bool(Vec(0, 0)), a(10), str(a), repr(a))
print(sorted([b, a]), max(a, b), {a: "A"}[Vec(1, 2)], {a, Vec(1, 2)}, [a] == [Vec(1, 2)])
x, y = b
print(x, y, f"{a}", "%s" % a, "%r" % (a,))


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


c = Counter()
c += 5
c += 2
print(c.n)


class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")


class Tagged(Base, tag="t1"):
    pass


print(Tagged.tag)


class Meta:
    def __getattr__(self, name):
        return name.upper()


print(Meta().hello, getattr(Meta(), "x"))


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


print(Slotted().a)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(type(1), type("s"), type([]), type(None), type(type), type(D()), int, object)
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, (int, str)))
