class C:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x value"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); del self._x

p = C.__dict__['x']
print(p.__doc__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
c = C()
c.x = 5
print(c.x)
del c.x
print(hasattr(c, '_x'))
q = property(lambda s: 3, doc="explicit doc")
print(q.__doc__, q.fset, q.fdel)
r = q.getter(lambda s: 4)
print(r.__doc__, r is q)
print(property().__doc__)
print(type(C.x).__name__, C.x is p)
print(p.__get__(c, C) if hasattr(c, '_x') else "no _x")
try:
    property().__get__(c, C)
except AttributeError as e:
    print(type(e).__name__, e)
