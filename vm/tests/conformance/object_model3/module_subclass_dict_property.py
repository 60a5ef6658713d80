# A module subclass's data descriptors come before the module namespace.
import sys


class M(type(sys)):
    pass


m = M("m")
m.b = 2
m.a = 1
print([x for x in dir(m) if not x.startswith("__")])


class M2(M):
    def getdict(self):
        return "Not a dict!"

    __dict__ = property(getdict)

    @property
    def shadow(self):
        return "from the property"


m2 = M2("m2")
m2.b = 2
print(m2.__dict__, m2.b, m2.shadow)
try:
    dir(m2)
except TypeError as e:
    print(type(e).__name__, e)
