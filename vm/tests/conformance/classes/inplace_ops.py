import operator
class OnlyBinary:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyBinary(self.v + o)
    def __sub__(self, o): return OnlyBinary(self.v - o)
    def __mul__(self, o): return OnlyBinary(self.v * o)
    def __truediv__(self, o): return OnlyBinary(self.v / o)
    def __floordiv__(self, o): return OnlyBinary(self.v // o)
    def __mod__(self, o): return OnlyBinary(self.v % o)
    def __pow__(self, o): return OnlyBinary(self.v ** o)
    def __lshift__(self, o): return OnlyBinary(self.v << o)
    def __rshift__(self, o): return OnlyBinary(self.v >> o)
    def __and__(self, o): return OnlyBinary(self.v & o)
    def __or__(self, o): return OnlyBinary(self.v | o)
    def __xor__(self, o): return OnlyBinary(self.v ^ o)
    def __matmul__(self, o): return OnlyBinary(("matmul", self.v, o))
x = OnlyBinary(12)
x += 3; print(x.v)
x -= 1; print(x.v)
x *= 2; print(x.v)
x //= 4; print(x.v)
x %= 5; print(x.v)
x **= 3; print(x.v)
x <<= 2; print(x.v)
x >>= 1; print(x.v)
x &= 0xff; print(x.v)
x |= 1; print(x.v)
x ^= 3; print(x.v)
x /= 2; print(x.v)
x @= 1; print(x.v)
class Rev:
    def __rsub__(self, o): return f"rsub {o}"
    def __isub__(self, o): return NotImplemented
y = 10
y -= Rev()
print(y)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
z = IAdd()
alias = z
z += 1
z += 2
print(alias.items, z is alias)
print(operator.iadd([1], [2]), operator.imul([1], 2), operator.ior({1}, {2}) == {1, 2})
t = (1,)
t += (2,)
print(t)
s = "ab"
s *= 2
print(s)
class Nothing: pass
def attempt(f):
    try:
        f(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
def f1(n): n += 1
def f2(n): n -= 1
def f3(n): n *= 1
def f4(n): n @= 1
def f5(n): n **= 1
def f6(n): n <<= 1
def f7(n): n &= 1
def f8(n): n //= 1
for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    attempt(f)
