class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, flag=True):
    def f(self): pass
print(A.injected)
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M2(type):
    def __prepare__(name, bases): return Log()
class B(metaclass=M2):
    x = 1
    def g(self): pass
print(B.x)
