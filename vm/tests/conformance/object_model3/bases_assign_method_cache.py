# Cached attribute lookups see the new bases at once.
class A:
    def f(self):
        return "A.f"


class B:
    def f(self):
        return "B.f"


class C(A):
    pass


c = C()
results = []
for i in range(6):
    if i == 3:
        C.__bases__ = (B,)
    results.append(c.f())
print(results)
print(C.f is B.f, getattr(C, "f").__qualname__)
