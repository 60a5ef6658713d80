# cbrt, exp2, expm1, log1p, and log2/log10 exact at powers.
import math
print(math.cbrt(64.0), math.cbrt(-8), math.cbrt(0.0), math.cbrt(math.inf))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(-math.inf))
print(math.expm1(1e-10), math.expm1(0.0), math.expm1(-math.inf), math.expm1(1.0))
print(math.log1p(1e-10), math.log1p(0.0), math.log1p(math.inf))
for f, x in [(math.exp2, 2000.0), (math.expm1, 1000.0), (math.log1p, -1.0), (math.log1p, -2.0)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(all(math.log2(2.0 ** n) == n for n in range(-1074, 1024)))
print(all(math.log2(2 ** n) == n for n in range(0, 3000, 7)))
print(math.log2(2 ** 1023), math.log10(10 ** 300), math.log10(1000), math.log(2 ** 2000))
print(math.log10(10 ** 400), math.log(10 ** 400, 10))
for bad in (0, -1, 0.0, -math.inf):
    try:
        math.log2(bad)
    except ValueError as e:
        print(type(e).__name__, e)
