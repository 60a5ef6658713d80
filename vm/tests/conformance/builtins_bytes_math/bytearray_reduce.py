# bytearray.__reduce_ex__ / __reduce__: latin-1 text below protocol 3, bytes from 3 on, and
# the instance state (dict, slots) of subclasses.
import copy

class A(bytearray):
    pass

class B(bytearray):
    __slots__ = ('x', '__dict__')

print(bytearray(b'a\xff').__reduce_ex__(2), bytearray(b'a').__reduce_ex__(3))
print(bytearray(b'x').__reduce__())
a = A(b'ab')
a.y = 1
print(a.__reduce_ex__(2), a.__reduce_ex__(4))
b = B(b'q')
b.x = 5
print(b.__reduce_ex__(4))
b.z = 1
print(b.__reduce_ex__(4))
for obj in (a, b):
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c, c == obj, c is obj, c.__dict__.get("y"), type(d).__name__, d)
print(copy.copy(b).x)
