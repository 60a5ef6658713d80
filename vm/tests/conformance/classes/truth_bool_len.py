class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class L2:
    def __len__(self): return 2
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B()), bool(L()), bool(L2()), bool(Both()), not L())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
print("yes" if L2() else "no")
