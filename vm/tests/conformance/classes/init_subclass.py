
class A:
    def __init_subclass__(cls, **kw): print("sub", cls.__name__, kw)
class B(A, x=1): pass
