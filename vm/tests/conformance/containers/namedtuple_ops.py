from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields)
print(p._replace(x=10), p._asdict())
x, y = p
print(x + y, p == (1, 2), len(p))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point._make([5, 6]))
