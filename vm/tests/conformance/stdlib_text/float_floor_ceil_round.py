# float.__floor__, float.__ceil__ and round() with extreme ndigits.
import math
import sys

print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(type((1e300).__floor__()).__name__, (1e20).__ceil__(), math.floor(-0.5), math.ceil(-0.5))
for x in [float("nan"), float("inf")]:
    for f in (x.__floor__, x.__ceil__):
        try:
            f()
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for n in [sys.maxsize, sys.maxsize + 1, 2 ** 100, 400, 324, 323]:
    print(round(123.456, n))
for n in [-sys.maxsize - 1, -(2 ** 100), -400, -309]:
    print(round(123.456, n), round(-123.456, n))
print(round(5.5, 0), round(-1.25, 1), round(2.675, 2))
try:
    round(1.6e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
