class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            print("creating", cls.__name__, a, k)
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
x = S(1, )
y = S(2)
print(x is y, x.v)
class Counting(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class C(metaclass=Counting):
    def __init__(self): print("never")
print(C(1, 2).args)
