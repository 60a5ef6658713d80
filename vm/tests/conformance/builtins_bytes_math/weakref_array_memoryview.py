# Arrays and memoryviews can be weakly referenced.
import array
import weakref

a = array.array('b', [1, 2])
r = weakref.ref(a)
print(r() is a)
p = weakref.proxy(a)
print(p.tolist())
m = memoryview(b"xy")
print(weakref.ref(m)() is m)
try:
    weakref.ref(b"xy")
except TypeError as e:
    print(type(e).__name__, e)

