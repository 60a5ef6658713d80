class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(A.tag, B.tag, Base.registry)
try:
    class C(Base, nope=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(object, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
