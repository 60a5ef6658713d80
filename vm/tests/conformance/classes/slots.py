class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
print(type(P.x).__name__, P.__slots__)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(1)
q.z = 5
print(q.z, q.x)
class R(P):
    __slots__ = ('w',)
r = R(2)
r.w = 3
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = 'only'
s = S()
s.only = 1
print(s.only)
class T:
    __slots__ = ('a', '__dict__')
t = T()
t.a = 1; t.b = 2
print(t.a, t.b)
