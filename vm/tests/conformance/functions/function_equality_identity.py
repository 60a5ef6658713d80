def f():
    pass
g = f
print(f is g, f == g, callable(f), callable(5))
class C:
    def m(self):
        return 1
c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, c.m.__self__ is c, c.m.__func__ is C.m)
