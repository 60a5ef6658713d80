class C:
    def __init__(self, x):
        object.__init__(self)
        self.x = x
c = object.__new__(C)
print(type(c).__name__, hasattr(c, 'x'))
C.__init__(c, 5)
print(c.x)
print(object.__repr__(c).startswith("<__main__.C object at 0x"))
print(object.__eq__(c, c), object.__ne__(c, c), object.__eq__(c, 1))
print(object.__hash__(c) == hash(c))
print(object.__str__(c) == repr(c))
print(object.__format__(c, "") == str(c))
object.__setattr__(c, "y", 2)
print(c.y, object.__getattribute__(c, "y"))
object.__delattr__(c, "y")
print(hasattr(c, "y"))
print(type.__call__(C, 7).x)
print(object.__lt__(c, c), object.__le__(c, 1), object.__gt__(c, 1), object.__ge__(c, 1))
print(c.__eq__(c), c.__ne__(1), c.__lt__(1))
print(C.__init__ is not object.__init__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
