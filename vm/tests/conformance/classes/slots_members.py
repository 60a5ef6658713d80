class P:
    __slots__ = ("x", "y")
class Q(P):
    __slots__ = ("z",)
print(repr(P.x), repr(Q.z), Q.x is P.x, P.x.__name__, P.x.__objclass__.__name__)
q = Q()
q.x, q.z = 1, 3
print(q.x, q.z, hasattr(q, "y"), hasattr(q, "__dict__"))
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
P.x.__set__(q, 10)
print(P.x.__get__(q, Q), q.x)
P.x.__delete__(q)
print(hasattr(q, "x"))
