# Instances of float subclasses keep their class and value.
class F(float):
    pass

x = F(2.5)
print(type(x).__name__, x, repr(x), float(x), type(float(x)).__name__)
print(x + 1, type(x + 1).__name__, x * 2, -x, abs(F(-1.5)))
print(x == 2.5, x < 3, hash(x) == hash(2.5), bool(F(0.0)), bool(x))
print(x.real, x.imag, x.is_integer(), x.hex(), x.as_integer_ratio())
print(isinstance(x, float), {x: 1}[2.5], 2.5 in {x}, int(x), round(x))
print(f"{x:.3f}", format(x, "08.2f"), "%s %r %.1f" % (x, x, x))
x.note = "attrs"
print(x.note, x.__dict__)

class WithInit(float):
    def __init__(self, arg, extra=None):
        self.extra = extra

w = WithInit(1.5, extra=3)
print(type(w).__name__, w, w.extra)

class WithNew(float):
    def __new__(cls, arg, extra=None):
        self = super().__new__(cls, arg)
        self.extra = extra
        return self

n = WithNew("7.25", extra="e")
print(type(n).__name__, n, n.extra)

try:
    F(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float.__new__(int, 1.0)
except TypeError as e:
    print(type(e).__name__, e)

nan = F("nan")
print(nan != nan, hash(nan) == object.__hash__(nan))
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__)

class Plus(float):
    def __new__(cls, value):
        return float.__new__(cls, value + 1)

p = Plus.fromhex((1.5).hex())
print(type(p).__name__, p)
