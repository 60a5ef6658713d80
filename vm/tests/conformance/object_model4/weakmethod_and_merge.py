# weakref.WeakMethod (a weak reference to a bound method) and the | / |= operators of
# WeakValueDictionary and WeakKeyDictionary.
import weakref, gc
class C:
    def m(self): return 1
c = C()
calls = []
r = weakref.WeakMethod(c.m, lambda w: calls.append(w))
print(r()(), r() == c.m, isinstance(r, weakref.ref))
r2 = weakref.WeakMethod(c.m)
print(r == r2, hash(r) == hash(r2), r != r2)
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
del c; gc.collect()
print(r(), len(calls), calls[0] is r if calls else None)
d = weakref.WeakValueDictionary({1: C})
e = d | {2: C}
print(sorted(e.keys()), type(e).__name__)
d |= {3: C}
print(sorted(d.keys()))
k = weakref.WeakKeyDictionary({C: 1})
print(len(k | {C: 2}), ({} | k) == None)
