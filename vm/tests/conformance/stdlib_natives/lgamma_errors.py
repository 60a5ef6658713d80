# lgamma's poles at zero and the negative integers are domain errors.
import math
for x in [0, -0.0, -1, -2, -3.0, -1e20, 2e307]:
    try:
        print(x, repr(math.lgamma(x)))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
try:
    math.lgamma('x')
except TypeError as e:
    print(type(e).__name__, e)
