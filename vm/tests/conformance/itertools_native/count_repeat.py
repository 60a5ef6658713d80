# itertools.count and itertools.repeat: names, reprs, reduce, subclasses, argument errors.
import itertools as it


print(it.count, it.repeat, type(it.count()).__name__)
for a in [(5,), (1.5, 0.5), (5, 1.0), (1.5,), (True,), (2**70,), (5, True), (0, 2), (2**63 - 2,)]:
    c = it.count(*a)
    print(repr(c), c.__reduce__())
    print(next(c), next(c), repr(c), c.__reduce__())
print(list(zip(it.count(start=3, step=-1), "abc")))
class Num:
    def __init__(self, n):
        self.n = n
    def __float__(self):
        return float(self.n)
    def __add__(self, other):
        return Num(self.n + other.n)
    def __repr__(self):
        return f"Num({self.n})"
c = it.count(Num(1), Num(10))
print(next(c), next(c), repr(c))
class C(it.count):
    pass
c = C(3)
print(repr(c), c.__reduce__(), isinstance(c, it.count), iter(c) is c, next(c))
for bad in [('a',), (1, 'b'), (1, 2, 3), (None,)]:
    try:
        it.count(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.count(x=1)
except Exception as e:
    print(type(e).__name__, e)
c = (lambda f, a: f(*a))(*it.count(7, 3).__reduce__())
print(repr(c), next(c))

r = it.repeat('a', 3)
print(repr(r), r.__reduce__(), r.__length_hint__())
next(r)
print(repr(r), r.__reduce__(), list(r), list(r))
r = it.repeat('a')
print(repr(r), r.__reduce__(), next(r))
try:
    r.__length_hint__()
except Exception as e:
    print(type(e).__name__, e)
r = it.repeat('a', -2)
print(repr(r), r.__reduce__(), r.__length_hint__(), list(r))
print(repr(it.repeat('a', times=2)), list(it.repeat(object=1, times=2)))
class R(it.repeat):
    pass
print(repr(R([1], 2)), list(R(0, 2)))
for bad in [(), ('a', 'b'), ('a', 1, 2)]:
    try:
        it.repeat(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [{'times': None}, {'times': 2**70}, {'object': 1, 'x': 2}]:
    try:
        it.repeat(1, **kw) if 'object' not in kw else it.repeat(**kw)
    except Exception as e:
        print(type(e).__name__, e)
r = (lambda f, a: f(*a))(*it.repeat('z', 2).__reduce__())
print(repr(r), list(r))
print(list(map(pow, range(5), it.repeat(2))))
