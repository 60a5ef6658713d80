class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)
class A:
    d = Desc()
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "static"
class B(A): pass
print(A.d, A().d, B.d, B().d)
print(A.cm(), B.cm(), B().cm(), A.sm(), B().sm())
cm = A.__dict__["cm"]
print(cm.__get__(None, B)(), cm.__get__(B())())
sm = A.__dict__["sm"]
print(sm.__get__(A())(), callable(sm), sm())
f = lambda self: "func"
print(f.__get__(A())() if hasattr(f, "__get__") else "no __get__")
