# copy.copy and copy.deepcopy rebuild objects whose class defines __reduce__.
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return Point, (self.x, self.y)
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point([1], 2)
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, c is p, c.x is p.x, d, d.x is p.x)

class Named:
    def __reduce__(self):
        return "Named"

n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)

s = slice(1, [2], None)
print(copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s).stop is s.stop)

it = iter([1, 2, 3])
next(it)
c = copy.copy(it)
print(list(c), list(it))
e = enumerate("abc")
next(e)
d = copy.deepcopy(e)
print(list(d), list(e))
r = iter(range(10))
next(r)
print(list(copy.copy(r)), next(r))
