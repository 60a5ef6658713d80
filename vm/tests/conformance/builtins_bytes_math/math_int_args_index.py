# gcd, lcm, comb, perm and isqrt take any object with __index__; perm's k may be None.
import math

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.gcd(I(12), I(18)), math.lcm(I(4), 6), math.comb(I(5), I(2)), math.perm(I(5), I(2)))
print(math.isqrt(I(17)), math.perm(5, None), math.perm(4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2))
for f, args in [(math.gcd, (1.5,)), (math.comb, (I(5), 2.0)), (math.isqrt, ("4",))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
for kw in ({'rel_tol': -1e-9}, {'abs_tol': -1.0}):
    try:
        math.isclose(1.0, 1.0, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
