# gamma's domain errors at poles and -inf, range errors for large arguments.
import math
for x in [0, 0.0, -0.0, -1, -2.0, -100, -math.inf, 171.7, 200, 1e300, 5e-324]:
    try:
        print(x, repr(math.gamma(x)))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
for bad in ['1', None, [1]]:
    try:
        math.gamma(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.gamma()
except TypeError as e:
    print(type(e).__name__, e)
