# staticmethod and classmethod objects have an attribute dict that starts with the
# wrapped callable's __module__, __name__, __qualname__, __doc__ and __annotations__.


def f(a: int) -> str:
    "f docstring"


cm = classmethod(f)
print(sorted(cm.__dict__.items()))
cm.x = 42
print(cm.x, sorted(cm.__dict__))
del cm.x
print(hasattr(cm, "x"))
sm = staticmethod(None)
print(sm.__dict__)
sm.y = 1
print(sm.__dict__)


class C:
    @staticmethod
    def s(a):
        "static doc"
        return a

    @classmethod
    def c(cls):
        return cls.__name__


print(C.s(1), C().c(), C.__dict__["s"].__name__, C.__dict__["s"].__doc__)
print(C.__dict__["c"].__qualname__, C.__dict__["s"].__func__ is C.s)
for bad in (lambda: classmethod(f, kw=1), lambda: staticmethod()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(None.__doc__)
