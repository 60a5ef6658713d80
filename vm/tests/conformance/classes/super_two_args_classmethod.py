
class A:
    @classmethod
    def f(c): return "A" + c.__name__
class B(A):
    @classmethod
    def f(c): return super(B, c).f() + "B"
print(B.f())
