# Subclasses of a class whose bases change get their MRO recomputed too.
class A:
    x = "A"


class B:
    x = "B"


class M(A):
    pass


class N(M):
    pass


class O(N):
    pass


print([k.__name__ for k in O.__mro__], O.x)
M.__bases__ = (B,)
print([k.__name__ for k in N.__mro__], [k.__name__ for k in O.__mro__], O.x, O().x)
M.__bases__ = (A, B)
print([k.__name__ for k in O.__mro__], O.x)
