# A proxy without a callback is shared per object, and proxies count among the object's
# weak references.
import gc
import weakref


class C:
    def method(self):
        return "m"


o = C()
log = []
p1 = weakref.proxy(o)
r = weakref.ref(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.proxy(o, None) is p1, weakref.getweakrefcount(o))
p3 = weakref.proxy(o, lambda p: log.append("p3"))
r2 = weakref.ref(o, lambda x: log.append("r2"))
print(p3 is p1, weakref.getweakrefcount(o), p3.method(), p1.method())
del p1, p2
gc.collect()
print(weakref.getweakrefcount(o))
p4 = weakref.proxy(o)
print(p4 is not p3, weakref.getweakrefcount(o))
del o
gc.collect()
print(sorted(log), r(), r2())
try:
    p4.method()
except ReferenceError as e:
    print("ReferenceError", e)
