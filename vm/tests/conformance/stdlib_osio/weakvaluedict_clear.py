import weakref

class C:
    pass

a, b = C(), C()
d = weakref.WeakValueDictionary({"a": a, "b": b})
print(len(d))
k, v = d.popitem()
print(k in ("a", "b"), v is a or v is b, len(d))
d.clear()
print(len(d), list(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__)
kd = weakref.WeakKeyDictionary({a: 1, b: 2})
o, val = kd.popitem()
print(val in (1, 2), len(kd))
kd.clear()
print(len(kd))
print(len(list(weakref.WeakValueDictionary({"x": a}).itervaluerefs())))
