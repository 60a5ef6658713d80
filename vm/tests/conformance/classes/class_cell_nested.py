class A:
    def who(self): return "A"
class B(A):
    def who(self):
        def inner():
            return __class__.__name__
        return inner() + super().who()
    def lam(self):
        return (lambda: super(B, self).who())()
    def gen(self):
        yield super().who()
    def cls(self):
        return __class__
print(B().who(), B().lam(), list(B().gen()), B().cls().__name__)
def bad():
    super()
try:
    bad()
except RuntimeError as e:
    print(type(e).__name__, e)
