# A negative infinite base to a fractional power stays a float (no complex result).
import math
inf = math.inf
for y in (-0.5, 0.5, -1.5, 2.5, -2.0, 3.0):
    r = pow(-inf, y)
    print(y, r, type(r).__name__, math.copysign(1.0, r))
print(type((-8.0) ** 0.5).__name__, (-1.0) ** 0.5)
print(pow(-inf, -inf), pow(-inf, inf))
