class A:
    def __eq__(self, o): return True
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
print(A.__hash__)
class B(A):
    def __hash__(self): return 5
print(hash(B()))
class C(A): pass
try:
    {C()}
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(isinstance(hash(D()), int))
