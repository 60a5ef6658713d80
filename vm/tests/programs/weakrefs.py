# Weak references: clearing when the target is collected, callbacks, and the weak
# containers and finalize built on them.
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Thing(%s)" % self.name


t = Thing("a")
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t))
for bad in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

log = []
r2 = weakref.ref(t, lambda wr: log.append(("callback", wr is r2)))
print(r == r2, hash(r) == hash(t))
del t
gc.collect()
print(r(), r2(), log, weakref.getweakrefcount(Thing("b")))
print(r == r2)

# A cycle that holds the only reference to its own target.
c = Thing("cycle")
c.me = c
rc = weakref.ref(c)
del c
gc.collect()
print(rc())

d = weakref.WeakValueDictionary()
keep = Thing("kept")
d["kept"] = keep
d["gone"] = Thing("gone")
gc.collect()
print(sorted(d.keys()), len(d), "gone" in d, d.get("gone", "default"), d["kept"])

k = weakref.WeakKeyDictionary()
a, b = Thing("ka"), Thing("kb")
k[a] = 1
k[b] = 2
del b
gc.collect()
print(len(k), a in k, k[a], [v for v in k.values()])

s = weakref.WeakSet([a, keep, Thing("temp")])
gc.collect()
print(len(s), sorted(x.name for x in s), a in s)

calls = []
x = Thing("x")
f = weakref.finalize(x, calls.append, "finalized")
print(f.alive, f.peek()[1] is calls.append)
del x
gc.collect()
print(calls, f.alive, f())
y = Thing("y")
g = weakref.finalize(y, calls.append, "called early")
print(g(), g(), calls, g.alive)


def make_and_drop(i):
    # Made, weakly referenced and dropped inside a callback from `map`: a collection there
    # frees it and runs the reference's callback.
    t = Thing(i)
    r = weakref.ref(t, lambda wr: calls.append("inner %d" % i))
    del t
    gc.collect()
    return r() is None


print(all(map(make_and_drop, range(3))), calls[-3:])

# A plain reference without a callback is shared; getweakrefs lists them all.
o = Thing("shared")
p1, p2 = weakref.ref(o), weakref.ref(o)
p3 = weakref.ref(o, lambda wr: None)
print(p1 is p2, p1 is p3, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)),
      weakref.getweakrefs(o)[0] is p1, weakref.getweakrefs(1))
