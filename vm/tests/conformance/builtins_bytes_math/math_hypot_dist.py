# hypot and dist: correctly rounded norms of any number of coordinates.
import math

class FloatLike:
    def __float__(self):
        return 0.6

print(math.hypot(), math.hypot(-10.5), math.hypot(3, 4), math.hypot(1, 1, 1) == math.sqrt(3))
print(math.hypot(True, False, True, True) == math.sqrt(3), math.hypot(FloatLike(), 0.8))
print(math.hypot(1.5, 1.5, 0.5) == math.hypot(1.5, 0.5, 1.5))
print(math.hypot(float.fromhex('0x1.e930b9cd99035p+29'), float.fromhex('0x1.5a1030e18dff9p+30')))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-320, 3e-320))
print(math.hypot(math.nan, math.inf), math.hypot(math.inf, math.nan), math.hypot(1, math.nan))
print(math.copysign(1.0, math.hypot(-0.0)))
print(math.dist((1, 2), (4, 6)), math.dist([1, 2, 3], (1, 2, 3)), math.dist((), ()))
print(math.dist(iter([0.0, 3.0]), (4.0, 0.0)))
for args in [((1, 2), (3,)), ((1,),), (1, 2), (('a',), (1,))]:
    try:
        math.dist(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in ({'x': 1},):
    try:
        math.hypot(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.hypot(1.1, 'string', 2.2)
except TypeError as e:
    print(type(e).__name__, e)
