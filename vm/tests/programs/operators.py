# The binary-operator protocol with user dunders: reflected methods, subclass priority,
# NotImplemented from in-place and left methods, errors and recursion.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o): return V(o + self.x + 1000)
    def __sub__(self, o): return NotImplemented
    def __iadd__(self, o):
        if isinstance(o, str): return NotImplemented
        self.x += o if isinstance(o, int) else o.x
        return self
    def __mul__(self, o):
        raise ValueError("no mul")
    def __repr__(self): return f"V({self.x})"
class W(V):
    def __radd__(self, o): return "W radd"
class Other:
    def __radd__(self, o): return "Other radd"
    def __rsub__(self, o): return "Other rsub"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(1) + W(2), V(3) + Other(), V(3) - Other())
v = V(1)
v += 2
v += V(10)
print(v)
try:
    v += "s"
except TypeError as e:
    print(e)
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) * 2
except ValueError as e:
    print("err", e)
def deep(n):
    return V(0) if n == 0 else deep(n - 1) + V(1)
print(deep(500))
class R:
    def __init__(self, n): self.n = n
    def __add__(self, o): return R(self.n + o.n) if self.n < 3000 else self
import sys
sys.setrecursionlimit(100)
class Rec:
    def __add__(self, o): return self + o
try:
    Rec() + Rec()
except RecursionError as e:
    print("RE", e)
