# math's functions take real numbers as CPython's C code does: ints, floats and objects with
# __float__ or __index__; a str (even a numeric one) or bytes is a TypeError.
import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 9
class S(str):
    def __float__(self): return 16.0
for f in (math.sqrt, math.floor, math.erf, math.gamma, math.frexp, math.exp, math.isfinite):
    for a in ('4', b'4', None, F(), I(), S('x'), 4, 2.5):
        try:
            print(f.__name__, repr(a) if not isinstance(a, (F, I)) else type(a).__name__, f(a))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(math.isclose(1.0, 1.0, rel_tol=F()))
try:
    math.fsum([1, '2'])
except TypeError as e:
    print(e)
try:
    math.atan2('1', 1)
except TypeError as e:
    print(e)
