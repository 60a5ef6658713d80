# math.nextafter and math.ulp.
import math, sys
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.nextafter(0.0, -0.0), math.nextafter(-0.0, 0.0), math.nextafter(2.0, 2.0))
print(math.nextafter(sys.float_info.max, math.inf), math.nextafter(math.inf, 0.0))
print(math.isnan(math.nextafter(math.nan, 1.0)), math.isnan(math.nextafter(1.0, math.nan)))
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(2 ** 52), math.ulp(sys.float_info.max))
print(math.ulp(math.inf), math.ulp(-math.inf), math.isnan(math.ulp(math.nan)))
try:
    math.ulp("x")
except TypeError as e:
    print(type(e).__name__, e)
