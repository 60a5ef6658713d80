class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A()
print(a.hello(), type(a).__name__)
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B), a.__class__ is B)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
