# WeakKeyDictionary and WeakValueDictionary have clear() (functools.singledispatch uses it).
import weakref
class K:
    pass
a, b = K(), K()
d = weakref.WeakKeyDictionary({a: 1, b: 2})
print(len(d))
d.clear()
print(len(d), list(d.keys()))
v = weakref.WeakValueDictionary({1: a})
v.clear()
print(len(v))
from functools import singledispatch
@singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
print(kind(1), kind("s"), kind(True))
