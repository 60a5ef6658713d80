class C:
    x = property(None, lambda s, v: None)
    y = property(lambda s: 1)
    @property
    def z(self):
        "z doc"
        return 3
c = C()
for f in (lambda: c.x, lambda: setattr(c, 'y', 1), lambda: delattr(c, 'y')):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
print(C.z.__doc__, C.y.__doc__, c.z)
p = C.__dict__["y"]
print(p.__get__(None, C) is p, p.__get__(c, C))
class D(C):
    @C.z.setter
    def z(self, v): print("D.z set", v)
d = D()
d.z = 10
print(d.z, D.z.__doc__, D.z.fset.__name__)
c.y
