class V:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
v = V()
print(-v, +v, ~v, abs(v), round(v), round(v, 2))
class E: pass
for f in [lambda: -E(), lambda: +E(), lambda: ~E(), lambda: abs(E()), lambda: round(E()), lambda: ~1.5, lambda: abs("s")]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(-3), abs(-2.5), round(2.675, 2), round(7), round(7.5), round(1234, -2))
