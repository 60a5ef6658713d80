class A:
    @property
    def name(self): return "A.name"
    @classmethod
    def make(cls): return "make " + cls.__name__
    @staticmethod
    def helper(x): return x * 2

class B(A):
    @property
    def name(self): return "B+" + super().name
    @classmethod
    def make(cls): return "B:" + super().make()
    @staticmethod
    def helper(x): return super(B, B).helper(x) + 1
    def two(self): return super(B, self).name

b = B()
print(b.name, B.make(), b.make(), B.helper(3), b.two())

class Desc:
    def __get__(self, obj, owner): return ("desc", obj is not None, owner.__name__)

class C:
    d = Desc()
class D(C):
    def get(self): return super().d
    @classmethod
    def cget(cls): return super().d
print(D().get(), D.cget())
print(super(D, D()).d)
