class A:
    x = 1
a = A()
a.y = 2
print(a.__dict__, A.__dict__["x"], "x" in vars(A), vars(a))
a.__dict__["z"] = 3
print(a.z)
print(a.__class__ is A, type(a) is A, A.__class__ is type, type(type) is type)
class B(A): pass
a.__class__ = B
print(type(a).__name__, isinstance(a, A), a.x, a.y)
b = B()
try:
    b.__class__ = list
except TypeError as e:
    print(type(e).__name__, e)
