# asinh, acosh, atanh: accurate near 0 and 1, finite for huge arguments.
import math
for x in [0.0, -0.0, 1e-300, 0.5, 1.0, 2.0, 3.5, -10.0, 1e10, 1e300, 1.7e308, math.inf, -math.inf]:
    print('asinh', x, math.asinh(x))
for x in [1.0, 1.0000001, 1.5, 2.0, 10.0, 1e10, 1e300, 1.7e308, math.inf]:
    print('acosh', x, math.acosh(x))
for x in [0.0, -0.0, 1e-20, 0.25, 0.5, -0.75, 0.999999, 1e-300]:
    print('atanh', x, math.atanh(x))
for f, x in [(math.acosh, 0.5), (math.acosh, -math.inf), (math.atanh, 1.0), (math.atanh, -1.0),
             (math.atanh, 2.0)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
print(math.isnan(math.asinh(math.nan)), math.isnan(math.acosh(math.nan)), math.isnan(math.atanh(math.nan)))
