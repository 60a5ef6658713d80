# ints and bools are accepted as complex arguments; big ints convert or overflow.
import cmath

for f in [cmath.sqrt, cmath.exp, cmath.log, cmath.cos, cmath.atan]:
    a, b = f(2), f(2.0)
    print(f.__name__, a == b, type(a).__name__)
print(cmath.sqrt(True), cmath.sqrt(False))
print(cmath.sqrt(10 ** 300))
print(cmath.log(2 ** 1000).real)
try:
    cmath.log(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
