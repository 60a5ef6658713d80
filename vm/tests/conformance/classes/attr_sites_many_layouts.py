# One attribute site (a base-class method) sees instances of several subclasses, each with
# its own attribute layout; loads, stores, method calls and instance attributes that shadow
# a method must all find the right slot whichever layout came before.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self, k):
        self.v = self.v + k
        return self.v

    def call(self):
        return self.helper()

    def helper(self):
        return "method"


class A(Base):
    def __init__(self, v):
        self.a = 1
        super().__init__(v)


class B(Base):
    def __init__(self, v):
        self.b1 = 1
        self.b2 = 2
        super().__init__(v)


class C(Base):
    def __init__(self, v):
        self.c1 = self.c2 = self.c3 = 0
        super().__init__(v)


class D(Base):
    pass


class E(Base):
    def __init__(self, v):
        super().__init__(v)
        self.helper = lambda: "shadowed"


objs = [A(1), B(2), C(3), D(4), E(5), Base(6), A(7), E(8)]
for rnd in range(3):
    print([o.get() for o in objs])
    print([o.bump(rnd) for o in objs])
    print([o.call() for o in objs])
objs[0].extra = 99
print(objs[0].get(), objs[0].extra, objs[6].__dict__)
del objs[3].v
try:
    objs[3].get()
except AttributeError as e:
    print(e)
objs[3].v = "back"
print([o.get() for o in objs])
