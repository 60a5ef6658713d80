class A:
    def __new__(cls, x):
        return super().__new__(cls, x)
class B:
    def __init__(self, x): self.x = x
class C: pass
class D:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(object.__new__(B, 1).__class__.__name__, D(1, 2).args)
for f in (lambda: A(1), lambda: object.__new__(C, 1), lambda: C(1), lambda: object.__new__(C, k=1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class E:
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok)
