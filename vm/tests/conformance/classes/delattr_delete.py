class D:
    def __get__(self, obj, owner): return 1
    def __set__(self, obj, v): pass
    def __delete__(self, obj): print("__delete__ called")
class C:
    d = D()
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)
c = C()
del c.d
c.x = 1
del c.x
try:
    del c.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class NoDel:
    def __get__(self, obj, owner): return 1
    def __set__(self, obj, v): pass
class E:
    n = NoDel()
try:
    del E().n
except AttributeError as e:
    print(type(e).__name__, e)
