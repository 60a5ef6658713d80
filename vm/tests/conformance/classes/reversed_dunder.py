class R:
    def __reversed__(self): return iter("cba")
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(Seq())))
class NoRev: pass
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
class NoneRev:
    __reversed__ = None
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
