class A:
    def __init__(self, n): self.n = n
    def __add__(self, o): return f"A.add({self.n},{o})" if not isinstance(o, B) else NotImplemented
    def __radd__(self, o): return f"A.radd({self.n},{o})"
    def __repr__(self): return f"A{self.n}"
class B(A):
    def __radd__(self, o): return f"B.radd({self.n},{o})"
    def __repr__(self): return f"B{self.n}"
print(A(1) + B(2))
print(B(1) + A(2))
print(1 + A(3), A(3) + 1)
names = ["sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "matmul"]
class R:
    pass
for n in names:
    setattr(R, f"__r{n}__", (lambda n: lambda self, o: f"r{n}")(n))
import operator
ops = [operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_, operator.xor, operator.or_, operator.matmul]
for op in ops:
    print(op(1, R()))
class I:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(o); return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub"
i = I()
i += 5
print(i.log)
i -= 1
print(i)
try:
    x = 1
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] - []
except TypeError as e:
    print(type(e).__name__, e)
