# math.remainder: IEEE 754 remainder, ties to the even multiple.
import math
for x, y in [(-4.0, 1), (-3.8, 1), (-2.5, 1), (-1.5, 1), (0.5, 1), (1.5, 1), (2.5, 1),
             (3.0, 1), (7.0, 2.0), (5.0, 2.0), (1.0, 0.75), (-1.4, 0.75),
             (1e308, 3e-308), (math.inf * 0 + 1.0, math.inf), (2.0, math.nan)]:
    print(x, y, math.remainder(x, y))
print(math.copysign(1.0, math.remainder(-4.0, 1)))
for x, y in [(math.inf, 1.0), (1.0, 0.0), (-math.inf, 2.0)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print(type(e).__name__, e)
h = float.fromhex
print(math.remainder(h('0x1.dp+1023'), h('0x1.4p+1023')) == h('0x0.9p+1023'))
print(math.remainder(h('0x1.921fb54442d19p+1'), h('0x1.921fb54442d18p+2')).hex())
