class It:
    def __iter__(self): return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        if i < 5: return i * 10
        raise IndexError
class C:
    def __contains__(self, x): return x == "yes"
print(2 in It(), 5 in It(), 30 in Gi(), 31 in Gi(), "yes" in C(), "no" not in C())
class Nope: pass
try:
    1 in Nope()
except TypeError as e:
    print(type(e).__name__, e)
class NoneContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print(type(e).__name__, e)
