class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", self.v, o)
    def __repr__(self): return f"N({self.v})"
print(divmod(N(1), 2))
print(divmod(7, N(2)))
class M:
    def __divmod__(self, o): return NotImplemented
for a, b in [(1, M()), (M(), 1), ("a", 2), (1.5, "x")]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7.5, 2))
