@d
def f(): pass

@d.e.f
@d(1, k=2)
@d[0]
@(lambda f: f)
@a if b else c
@x := y
@not_a_keyword.match
def g(): pass

@d
class C: pass

@d1
@d2(*args, **kwargs)
async def h(): pass

class D:
    @property
    def p(self): return 1

    @p.setter
    def p(self, value): pass

    @staticmethod
    @functools.cache
    def s(): pass
