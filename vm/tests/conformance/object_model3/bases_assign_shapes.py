# __bases__ assignment compares the instance shape of the old and new deciding bases.
def t(cls, bases):
    try:
        cls.__bases__ = bases; print("ok", cls.__name__, [b.__name__ for b in bases])
    except TypeError as e: print(e)
class C: pass
class D(C): pass
t(D, (object,))
class L(list): pass
class L2(list): pass
t(L, (L2,))
class L3(L2): pass
t(L3, (list,))
class S: __slots__ = ()
class S2(S): __slots__=()
t(S2, (object,))
class S3: __slots__ = ('a',)
class S4: __slots__=()
class S5(S4): pass
t(S5, (S3,))
t(S5, (C,))
class LL(L): pass
t(LL, (L2,))
