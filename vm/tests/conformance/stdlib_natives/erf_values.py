# erf and erfc agree with CPython to 13 significant digits, and exactly at the ends.
import math
for x in [0.0, 0.1, 0.5, 1.0, 1.4, 1.5, 1.6, 2.0, 3.0, 4.5, -0.2, -1.0, -2.5, -6.0]:
    print(x, format(math.erf(x), '.13g'), format(math.erfc(x), '.13g'))
print(repr(math.erf(0.0)), repr(math.erf(-0.0)), repr(math.erf(40.0)), repr(math.erf(-40.0)))
print(repr(math.erfc(40.0)), repr(math.erfc(-40.0)), repr(math.erfc(0.0)))
print(repr(math.erf(math.inf)), repr(math.erf(-math.inf)), repr(math.erfc(math.inf)), repr(math.erfc(-math.inf)))
print(math.isnan(math.erf(math.nan)), math.isnan(math.erfc(math.nan)))
