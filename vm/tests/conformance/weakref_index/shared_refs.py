# weakref.ref without a callback is shared per object; the references to an object are
# counted and listed by object, and are cleared (with callbacks run) when it dies.
# stress-argv: 200
import gc
import sys
import weakref


class C:
    pass


class R(weakref.ref):
    pass


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

# Identity of the shared reference, across many objects that each have one.
objs = [C() for _ in range(n)]
refs = [weakref.ref(o) for o in objs]
print(all(weakref.ref(o) is r for o, r in zip(objs, refs)))
print(all(weakref.getweakrefcount(o) == 1 for o in objs))
print(sum(r() is o for o, r in zip(objs, refs)) == n)

# Order of getweakrefs: the shared reference first, then the others newest first.
o = C()
log = []
a = weakref.ref(o, lambda r: log.append("a"))
b = weakref.ref(o, lambda r: log.append("b"))
c = weakref.ref(o)
d = weakref.ref(o, lambda r: log.append("d"))
e = R(o)
names = {id(a): "a", id(b): "b", id(c): "c", id(d): "d", id(e): "e"}
print([names[id(r)] for r in weakref.getweakrefs(o)])
print(weakref.getweakrefcount(o), weakref.ref(o) is c, R(o) is e, weakref.ref(o, None) is c)

# A dropped reference leaves the count; a new shared one can be made after the old went.
del c
gc.collect()
print(weakref.getweakrefcount(o), sorted(names[id(r)] for r in weakref.getweakrefs(o)))
c2 = weakref.ref(o)
print(weakref.getweakrefs(o)[0] is c2, weakref.getweakrefcount(o))

# The object dies: every reference is cleared and the callbacks run.
del o
gc.collect()
print(sorted(log), a(), b(), c2(), d(), e())

# Objects that survived collections (old) and references made afterwards (young).
keep = [C() for _ in range(50)]
gc.collect()
late = [weakref.ref(k, lambda r: log.append("late")) for k in keep]
shared = [weakref.ref(k) for k in keep]
gc.collect()
print(all(weakref.ref(k) is s for k, s in zip(keep, shared)))
print({weakref.getweakrefcount(k) for k in keep})
del late
gc.collect()
print({weakref.getweakrefcount(k) for k in keep})
log.clear()
del keep
gc.collect()
print(log, {s() for s in shared})

# The references held by a class's subclass list are the shared one.
class A:
    pass


class B:
    pass


class D(A, B):
    pass


print(weakref.getweakrefcount(D), weakref.ref(D) is weakref.getweakrefs(D)[0])
print(A.__subclasses__(), B.__subclasses__())

# Dropping half of many objects.
del objs[::2]
gc.collect()
print(sum(r() is not None for r in refs) == n - (n + 1) // 2)
